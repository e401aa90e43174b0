package org.apertura.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.CommitmentDraft;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.Texts;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debates of a participatory process (ADR 0039): those who run the exercise, or a verified voter of the process, open
 * one on a topic with its days; people argue for or against, reply and vote on the comment engine
 * ({@link ParticipationComments}, ADR 0067), with the same moderation as the projects' comments; moderators hide a
 * debate with a public reason or restore it. Once a debate's last day has passed, those who draft the exercise's
 * commitments turn it, once, into a draft commitment of one of its plans being drafted, through the action plan's
 * published operation (ADR 0081). Opening, hiding, restoring and drafting go to the ledger.
 */
@Service
@Transactional(readOnly = true)
public class DebateService {

    /**
     * How many debates one person may open in a minute (issue 21), counted across every node by the platform's shared
     * rate limits: past it, a clear refusal and nothing opened. Those who run the exercise are not limited.
     */
    static final int OPENED_PER_MINUTE = 2;

    private final ParticipationService service;
    private final DebateRepository debates;
    private final ParticipationPolicy policy;
    private final LedgerService ledger;
    private final Today today;
    private final org.apertura.platform.web.PersonRateLimits limits;
    private final ActionPlanService plans;

    DebateService(ParticipationService service, DebateRepository debates, ParticipationPolicy policy,
            LedgerService ledger, Today today, org.apertura.platform.web.PersonRateLimits limits,
            ActionPlanService plans) {
        this.limits = limits;
        this.plans = plans;
        this.service = service;
        this.debates = debates;
        this.policy = policy;
        this.ledger = ledger;
        this.today = today;
    }

    public List<Debate> of(BudgetProcess process) {
        return debates.findByProcessIdOrderByNumberAsc(process.getId());
    }

    public Debate debate(BudgetProcess process, int number) {
        return debates.findByProcessIdAndNumber(process.getId(), number)
                .orElseThrow(() -> new NotFoundException("debate " + number + " of " + process.getSlug()));
    }

    /** Why the debate takes no argument, reply or vote today (outside its days, or hidden), or empty. */
    java.util.Optional<FieldProblem> whyNoComments(Debate debate) {
        return debate.commentRefused(today.date());
    }

    /** What the current person may do in the debate today, as ParticipationPolicy says. */
    public Allowed<BudgetAction> allowedOn(BudgetProcess process, Debate debate) {
        return policy.onDebate(Actor.current(), service.secretariatOf(process), debate, today.date());
    }

    /**
     * Opens a debate: those who run the exercise at any time, with its days; a verified voter of the process (who
     * declared their residence) while the process takes comments, from today on. Opening goes to the ledger with the
     * whole text and who opened it as a kind (the secretariat or a participant), never as a person.
     */
    @Transactional
    public Debate open(String slug, Debate.Terms terms) {
        BudgetProcess process = service.process(slug);
        boolean running = service.entitledOn(process).may(BudgetAction.CONFIGURE);
        List<FieldProblem> problems = new ArrayList<>(terms.check());
        OpenDays.endedBefore(terms.closesOn(), today.date()).ifPresent(problems::add);
        Long author = null;
        if (!running) {
            PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
            service.allowedOn(process).require(BudgetAction.OPEN_DEBATE);
            if (service.myVote(process).isEmpty()) {
                problems.add(new FieldProblem("title", "participation.error.debateVerified"));
            }
            if (terms.opensOn() != null && terms.opensOn().isBefore(today.date())) {
                problems.add(new FieldProblem("opensOn", "participation.error.debateOpensPast"));
            }
            author = actor.accountId();
            if (problems.isEmpty() && !limits.tryHit("pd.opened", author, OPENED_PER_MINUTE)) {
                problems.add(new FieldProblem("title", "participation.error.debateRate", OPENED_PER_MINUTE));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Debate debate = debates.save(new Debate(process, debates.maxNumber(process.getId()) + 1, terms, author,
                today.now()));
        Map<String, Object> record = record(process, debate);
        record.put("title", debate.getTitle());
        record.put("description", debate.getDescription());
        record.put("opensOn", debate.getOpensOn().toString());
        record.put("closesOn", debate.getClosesOn().toString());
        record.put("openedBy", running ? "secretariat" : "participant");
        ledger.append(ParticipationService.MODULE, "pd.opened", "pb-process", process.getId(), record);
        return debate;
    }

    /** A moderator hides a debate with a public reason: from then on only the reason is shown, and it takes no comments. */
    @Transactional
    public void hide(String slug, int number, String reason) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        Debate debate = debate(process, number);
        InvalidInputException.throwIf(debate.hideRefused(reason));
        debate.hide(reason, today.now());
        Map<String, Object> record = record(process, debate);
        record.put("reason", debate.getHiddenReason());
        ledger.append(ParticipationService.MODULE, "pd.hidden", "pb-process", process.getId(), record);
    }

    /** A moderator shows a hidden debate again (a mistaken hiding); the ledger keeps both. */
    @Transactional
    public void restore(String slug, int number) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        Debate debate = debate(process, number);
        InvalidInputException.throwIf(debate.restoreRefused());
        debate.restore();
        ledger.append(ParticipationService.MODULE, "pd.restored", "pb-process", process.getId(),
                record(process, debate));
    }

    // ---- a debate turns into a draft commitment (ADR 0081)

    /** What the form gives: the plan being drafted, and the commitment's code, title, text and lead institution. */
    public record CommitmentTerms(Long planId, String code, String title, String description,
            String leadInstitutionSlug) {

        /** Every broken rule at once (the action plan checks its own rules again). */
        List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (planId == null) {
                problems.add(new FieldProblem("plan", "participation.error.draftPlan"));
            }
            FieldProblem.requiredText(code, 20, "code", problems);
            FieldProblem.requiredText(title, 300, "title", problems);
            FieldProblem.atMost(description, 8000, "description", problems);
            if (Texts.isBlank(leadInstitutionSlug)) {
                problems.add(new FieldProblem("leadInstitutionSlug", "commitment.error.lead"));
            }
            return problems;
        }
    }

    /** A plan the debate may turn into a commitment of, as the form offers it. */
    public record DraftPlan(Long id, String title) {
    }

    /** The exercise's plans being drafted, for those who may turn the debate into a commitment of one. */
    public List<DraftPlan> draftPlans(BudgetProcess process) {
        return plans.draftPlans(service.exerciseOf(process)).stream().map(p -> new DraftPlan(p.getId(), p.getTitle()))
                .toList();
    }

    /** The institutions that may lead the commitment, slug to name. */
    public Map<String, String> leadChoices() {
        return plans.leadChoices();
    }

    /**
     * Turns a debate whose last day has passed into a draft commitment of one of the exercise's plans being drafted,
     * once: its title and text as the form gives them (prefilled from the debate), its dates the plan's period, the
     * rest for the secretariat to complete on the commitment's page. The action plan adds it through its published
     * operation (its own entitlement and guards; ledger {@code commitment.created}); the debate keeps the commitment,
     * and the ledger gets {@code pd.commitment.drafted}. Bad input, an open or hidden debate, a debate already turned,
     * a plan of another exercise or not being drafted: a clear error and nothing changes.
     */
    @Transactional
    public Commitment draftCommitment(String slug, int number, CommitmentTerms terms) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.DRAFT_COMMITMENT);
        Debate debate = debate(process, number);
        List<FieldProblem> problems = new ArrayList<>();
        debate.commitmentRefused(today.date()).ifPresent(problems::add);
        problems.addAll(terms.check());
        Optional<ActionPlan> plan = terms.planId() == null ? Optional.empty()
                : plans.draftPlans(service.exerciseOf(process)).stream()
                        .filter(p -> p.getId().equals(terms.planId())).findFirst();
        if (terms.planId() != null && plan.isEmpty()) {
            problems.add(new FieldProblem("plan", "participation.error.draftPlan"));
        }
        if (!Texts.isBlank(terms.leadInstitutionSlug())
                && !plans.leadChoices().containsKey(terms.leadInstitutionSlug().strip())) {
            problems.add(new FieldProblem("leadInstitutionSlug", "commitment.error.lead"));
        }
        InvalidInputException.throwIfAny(problems);
        Commitment commitment = plans.addCommitment(plan.get().getId(), new CommitmentDraft(terms.code().strip(),
                terms.title().strip(), null, null, null, null, null,
                Texts.isBlank(terms.description()) ? null : terms.description().strip(), null, java.util.Set.of(),
                Map.of(), terms.leadInstitutionSlug().strip(), List.of(), null, null, null,
                plan.get().getPeriodStart(), plan.get().getPeriodEnd()));
        debate.draftedAs(commitment.getId(), today.now());
        debates.saveAndFlush(debate);
        Map<String, Object> record = record(process, debate);
        record.put("debateTitle", debate.getTitle());
        record.put("plan", plan.get().getTitle());
        record.put("commitment", commitment.getCode());
        record.put("commitmentTitle", commitment.getTitle());
        ledger.append(ParticipationService.MODULE, "pd.commitment.drafted", "pb-process", process.getId(), record);
        return commitment;
    }

    /** The commitment a debate gave rise to, as its page names it. */
    public record Drafted(Long id, String code, String title) {
    }

    /** The commitment the debate gave rise to, if it did. */
    public Optional<Drafted> drafted(Debate debate) {
        return debate.getCommitmentId().map(plans::commitment)
                .map(c -> new Drafted(c.getId(), c.getCode(), c.getTitle()));
    }

    /** A debate a commitment arose from, as the commitment's page names it (a hidden one only by its number). */
    public record Origin(String processSlug, String processTitle, int number, String title, boolean hidden) {
    }

    /** The debates a commitment arose from (one at most). */
    public List<Origin> origins(Long commitmentId) {
        return debates.findByCommitmentId(commitmentId).stream().map(d -> {
            BudgetProcess process = service.processById(d.getProcessId());
            return new Origin(process.getSlug(), process.getTitle(), d.getNumber(), d.getTitle(), d.isHidden());
        }).toList();
    }

    private static Map<String, Object> record(BudgetProcess process, Debate debate) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("debate", debate.getNumber());
        return record;
    }
}
