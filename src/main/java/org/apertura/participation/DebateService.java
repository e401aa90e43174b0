package org.apertura.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
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
 * debate with a public reason or restore it. Opening, hiding and restoring go to the ledger.
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

    DebateService(ParticipationService service, DebateRepository debates, ParticipationPolicy policy,
            LedgerService ledger, Today today, org.apertura.platform.web.PersonRateLimits limits) {
        this.limits = limits;
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
        ParticipationService.refuse(problems);
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
        debate.hideRefused(reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
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
        debate.restoreRefused().ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        debate.restore();
        ledger.append(ParticipationService.MODULE, "pd.restored", "pb-process", process.getId(),
                record(process, debate));
    }

    private static Map<String, Object> record(BudgetProcess process, Debate debate) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("debate", debate.getNumber());
        return record;
    }
}
