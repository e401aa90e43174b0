package org.apertura.actionplan;

import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apertura.actionplan.Drafts.ExerciseDraft;
import org.apertura.actionplan.Drafts.MilestoneDraft;
import org.apertura.actionplan.Drafts.PlanDraft;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.apertura.secretariat.Agreement;
import org.apertura.secretariat.AgreementStatus;
import org.apertura.secretariat.BodySession;
import org.apertura.secretariat.CollegiateBody;
import org.apertura.secretariat.SecretariatService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of exercises and action plans. Everyone reads; the exercise's secretariat coordinator (or an
 * administrator) writes; a plan is approved only by an adopted agreement of that secretariat and only when
 * it passes the verifiability check. Every change goes to the ledger.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanService {

    static final String MODULE = "actionplan";

    private final ExerciseRepository exercises;
    private final PlanRepository plans;
    private final CommitmentRepository commitments;
    private final MilestoneRepository milestones;
    private final CommitmentVersionRepository versions;
    private final SecretariatService secretariat;
    private final JurisdictionService jurisdictions;
    private final LedgerService ledger;
    private final Today today;
    private final ObjectProvider<PlanApprovalCondition> conditions;
    private final PlanPolicy policy;

    ActionPlanService(ExerciseRepository exercises, PlanRepository plans, CommitmentRepository commitments,
            MilestoneRepository milestones, CommitmentVersionRepository versions, SecretariatService secretariat,
            JurisdictionService jurisdictions, LedgerService ledger, Today today,
            ObjectProvider<PlanApprovalCondition> conditions, PlanPolicy policy) {
        this.conditions = conditions;
        this.policy = policy;
        this.exercises = exercises;
        this.plans = plans;
        this.commitments = commitments;
        this.milestones = milestones;
        this.versions = versions;
        this.secretariat = secretariat;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.today = today;
    }

    public List<Exercise> exercises() {
        return exercises.findAllByOrderByNameAsc();
    }

    public boolean isEmpty() {
        return exercises.count() == 0;
    }

    public Exercise exercise(String slug) {
        return exercises.findBySlug(slug).orElseThrow(() -> new NotFoundException("exercise " + slug));
    }

    public Exercise exerciseOf(ActionPlan plan) {
        return exercises.findById(plan.getExerciseId()).orElseThrow();
    }

    public CollegiateBody bodyOf(Exercise exercise) {
        return secretariat.bodyById(exercise.getBodyId()).orElseThrow();
    }

    public List<ActionPlan> plans(Exercise exercise) {
        return plans.findByExerciseIdOrderByPeriodStartDesc(exercise.getId());
    }

    /** The exercise's plans still being drafted: the ones commitments may be added to (other modules' forms offer them). */
    public List<ActionPlan> draftPlans(Exercise exercise) {
        return plans(exercise).stream().filter(p -> p.draftRefused().isEmpty()).toList();
    }

    /**
     * The institutions that may lead a commitment, slug to name in the order the jurisdictions list them: what the
     * commitment forms of other modules offer (ADR 0081), without those modules reading the jurisdictions.
     */
    public Map<String, String> leadChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        jurisdictions.allInstitutions().forEach(i -> choices.put(i.getSlug(), i.getName()));
        return choices;
    }

    public ActionPlan plan(Long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan " + id));
    }

    public List<Commitment> commitments(ActionPlan plan) {
        return commitments.findByPlanIdOrderByCodeAsc(plan.getId());
    }

    public Commitment commitment(Long id) {
        return commitments.findById(id).orElseThrow(() -> new NotFoundException("commitment " + id));
    }

    /**
     * The commitments led by the institution that cite the budget programme (keys compare without case, spaces or
     * hyphens: E-017 is E017), for the budget's programme page.
     */
    public List<Commitment> commitmentsCiting(String institutionSlug, String programmeKey) {
        Long lead = jurisdictions.institution(institutionSlug).getId();
        String wanted = programmeKey.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return commitments.findByLeadInstitutionIdAndBudgetProgrammeIsNotNullOrderByCodeAsc(lead).stream()
                .filter(c -> c.getBudgetProgramme().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "")
                        .equals(wanted)).toList();
    }

    public Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone " + id));
    }

    /** The milestones of these ids, read together (those that no longer exist left out). */
    public Map<Long, Milestone> milestonesById(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : milestones.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Milestone::getId, m -> m));
    }

    public List<Milestone> milestones(Commitment commitment) {
        return milestones.findByCommitmentIdOrderByStartDateAscIdAsc(commitment.getId());
    }

    public Map<Long, List<Milestone>> milestonesByCommitment(List<Commitment> list) {
        return milestones.findByCommitmentIdInOrderByStartDateAscIdAsc(list.stream().map(Commitment::getId).toList())
                .stream().collect(Collectors.groupingBy(Milestone::getCommitmentId));
    }

    public Progress progress(Commitment commitment) {
        return Progress.of(milestones(commitment), today());
    }

    public Optional<Institution> leadInstitution(Commitment commitment) {
        return jurisdictions.institutionById(commitment.getLeadInstitutionId());
    }

    public VerifiabilityCheck.Report check(ActionPlan plan) {
        List<Commitment> list = commitments(plan);
        VerifiabilityCheck.Report report = VerifiabilityCheck.of(plan, list, milestonesByCommitment(list));
        List<VerifiabilityCheck.Finding> more = conditions.orderedStream().flatMap(c -> c.problems(plan).stream())
                .toList();
        return more.isEmpty() ? report : report.withPlanProblems(more);
    }

    public LocalDate today() {
        return today.date();
    }

    @Transactional
    public Exercise createExercise(ExerciseDraft draft) {
        policy.running(Actor.current(), draft.bodySlug()).require(PlanAction.CREATE_EXERCISE);
        CollegiateBody body = draft.bodySlug() == null ? null
                : secretariat.bodies().stream().filter(b -> b.getSlug().equals(draft.bodySlug())).findFirst().orElse(null);
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.name()) : draft.slug();
        Exercise exercise = new Exercise(slug, draft.name(), body == null ? null : body.getJurisdictionId(),
                body == null ? null : body.getId(), draft.description(), draft.phases(), now());
        exercise.licence(draft.licence());
        if (exercises.existsBySlug(slug)) {
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
        exercises.saveAndFlush(exercise);
        ledger.append(MODULE, "exercise.created", "exercise", exercise.getId(),
                exercise.publicRecord(secretariat.jurisdictionOf(body).getSlug(), body.getSlug()));
        return exercise;
    }

    @Transactional
    public ActionPlan createPlan(String exerciseSlug, PlanDraft draft) {
        Exercise exercise = exercise(exerciseSlug);
        require(exercise, PlanAction.CREATE_PLAN);
        ActionPlan plan = plans.saveAndFlush(new ActionPlan(exercise.getId(), draft.title(), draft.presentation(),
                draft.periodStart(), draft.periodEnd(), draft.expectedCommitments(), draft.durationMonths(), now()));
        ledger.append(MODULE, "plan.created", "plan", plan.getId(), plan.publicRecord(exercise.getSlug()));
        return plan;
    }

    @Transactional
    public Commitment addCommitment(Long planId, CommitmentDraft draft) {
        return addCommitment(planId, draft, null);
    }

    /**
     * Adds a commitment to a draft plan; with an origin, as the adaptation of another instance's kit (ledger type
     * {@code commitment.imported}, whose public record names the origin so its country can see the reuse).
     */
    @Transactional
    Commitment addCommitment(Long planId, CommitmentDraft draft, Adaptation origin) {
        ActionPlan plan = plan(planId);
        require(exerciseOf(plan), origin == null ? PlanAction.ADD_COMMITMENT : PlanAction.IMPORT_KIT);
        plan.requireDraft();
        Institution lead = jurisdictions.allInstitutions().stream()
                .filter(i -> i.getSlug().equals(draft.leadInstitutionSlug())).findFirst().orElse(null);
        Commitment commitment = new Commitment(plan.getId(), draft, lead == null ? null : lead.getId(), now());
        if (commitments.existsByPlanIdAndCode(plan.getId(), commitment.getCode())) {
            throw new InvalidInputException("code", "commitment.error.codeTaken");
        }
        if (origin != null) {
            commitment.adaptedFrom(origin);
        }
        commitments.saveAndFlush(commitment);
        ledger.append(MODULE, origin == null ? "commitment.created" : "commitment.imported", "commitment",
                commitment.getId(),
                commitment.publicRecord(plan.getTitle(), lead.getSlug()));
        return commitment;
    }

    @Transactional
    public Milestone addMilestone(Long commitmentId, MilestoneDraft draft) {
        Commitment commitment = commitment(commitmentId);
        ActionPlan plan = plan(commitment.getPlanId());
        require(exerciseOf(plan), PlanAction.ADD_MILESTONE);
        plan.requireDraft();
        Milestone milestone = milestones.saveAndFlush(new Milestone(commitment.getId(), draft.title(), draft.deliverable(),
                draft.meansOfVerification(), draft.responsible(), draft.startDate(), draft.endDate(), draft.weight(), now()));
        ledger.append(MODULE, "milestone.created", "commitment", commitment.getId(),
                milestone.publicRecord(commitment.getCode()));
        return milestone;
    }

    /**
     * Adds a milestone decided by the public to a commitment of a plan in any state — for a participatory budget, a
     * project funded by the vote: the commitment promises to execute what people decide, so the plan's approval
     * covers it. Those who run the exercise do it (the entitlement to add milestones); the origin names the decision
     * (e.g. the budget process and the project's number) and goes to the ledger as {@code milestone.decided}. Its
     * execution is then reported with evidence like any milestone.
     */
    @Transactional
    public Milestone addDecidedMilestone(Long commitmentId, MilestoneDraft draft, String origin) {
        Commitment commitment = commitment(commitmentId);
        ActionPlan plan = plan(commitment.getPlanId());
        require(exerciseOf(plan), PlanAction.ADD_MILESTONE);
        if (origin == null || origin.isBlank() || origin.length() > 300) {
            throw new InvalidInputException("origin", "milestone.error.origin");
        }
        Milestone milestone = milestones.saveAndFlush(new Milestone(commitment.getId(), draft.title(), draft.deliverable(),
                draft.meansOfVerification(), draft.responsible(), draft.startDate(), draft.endDate(), draft.weight(), now()));
        Map<String, Object> record = new java.util.LinkedHashMap<>(milestone.publicRecord(commitment.getCode()));
        record.put("origin", origin.strip());
        ledger.append(MODULE, "milestone.decided", "commitment", commitment.getId(), record);
        return milestone;
    }

    /**
     * Revises a commitment's texts. The earlier public text is kept as a version with the reason and the
     * author, and stays readable on the commitment's page.
     */
    @Transactional
    public Commitment revise(Long commitmentId, Commitment.CommitmentText text, String reason) {
        Commitment commitment = commitment(commitmentId);
        ActionPlan plan = plan(commitment.getPlanId());
        require(exerciseOf(plan), PlanAction.REVISE_COMMITMENT);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "commitment.error.reason");
        }
        String lead = leadInstitution(commitment).map(Institution::getSlug).orElse(null);
        String previous = org.apertura.ledger.CanonicalJson.write(commitment.publicRecord(plan.getTitle(), lead));
        commitment.revise(text);
        String author = org.apertura.platform.security.PublicActor.current()
                .map(org.apertura.platform.security.PublicActor::displayName).orElse("Apertura");
        int number = (int) versions.countByCommitmentId(commitment.getId()) + 1;
        versions.save(new CommitmentVersion(commitment.getId(), number, previous, reason.strip(), author, now()));
        commitments.saveAndFlush(commitment);
        Map<String, Object> record = new java.util.LinkedHashMap<>(commitment.publicRecord(plan.getTitle(), lead));
        record.put("version", number + 1);
        record.put("reason", reason.strip());
        ledger.append(MODULE, "commitment.revised", "commitment", commitment.getId(), record);
        return commitment;
    }

    /** The earlier versions of a commitment, newest first. */
    public List<CommitmentVersion> versions(Commitment commitment) {
        return versions.findByCommitmentIdOrderByNumberDesc(commitment.getId());
    }

    /**
     * Approves a plan by an agreement of its exercise's secretariat: the agreement must exist and have been
     * adopted, and the plan must pass the verifiability check.
     */
    @Transactional
    public ActionPlan approve(Long planId, int sessionNumber, int agreementNumber) {
        ActionPlan plan = plan(planId);
        Exercise exercise = exerciseOf(plan);
        require(exercise, PlanAction.APPROVE);
        plan.requireDraft();
        if (!check(plan).passes()) {
            throw new InvalidInputException("plan", "plan.error.notVerifiable");
        }
        CollegiateBody body = bodyOf(exercise);
        BodySession session;
        try {
            session = secretariat.session(body, sessionNumber);
        } catch (NotFoundException e) {
            throw new InvalidInputException("approvalSession", "plan.error.noSuchAgreement");
        }
        Agreement agreement = secretariat.agreements(session).stream().filter(a -> a.getNumber() == agreementNumber)
                .findFirst().orElseThrow(() -> new InvalidInputException("approvalAgreement", "plan.error.noSuchAgreement"));
        if (agreement.getStatus() != AgreementStatus.ADOPTED) {
            throw new InvalidInputException("approvalAgreement", "plan.error.agreementNotAdopted");
        }
        plan.approve(sessionNumber, agreementNumber, now());
        ledger.append(MODULE, "plan.approved", "plan", plan.getId(), plan.publicRecord(exercise.getSlug()));
        return plan;
    }

    @Transactional
    public ActionPlan publish(Long planId) {
        ActionPlan plan = plan(planId);
        Exercise exercise = exerciseOf(plan);
        require(exercise, PlanAction.PUBLISH);
        plan.publish(now());
        ledger.append(MODULE, "plan.published", "plan", plan.getId(), plan.publicRecord(exercise.getSlug()));
        return plan;
    }

    /** Whether the current person may start an exercise for some secretariat. */
    public Allowed<PlanAction> allowedAtPlatform() {
        return policy.atPlatform(Actor.current());
    }

    /** What the current person may do in the exercise (running it: its secretariat's coordinator, or an admin). */
    public Allowed<PlanAction> allowedOn(Exercise exercise) {
        return policy.running(Actor.current(), bodyOf(exercise).getSlug());
    }

    /** What the current person may do with the plan now, as its policy says. */
    public Allowed<PlanAction> allowedOn(ActionPlan plan) {
        return policy.onPlan(Actor.current(), bodyOf(exerciseOf(plan)).getSlug(), plan);
    }

    /**
     * Whether the current person runs the exercise (its secretariat's coordinator, or an administrator), as
     * PlanPolicy says: the modules working inside an exercise (co-creation, challenges) ask this.
     */
    public boolean runs(Exercise exercise) {
        return allowedOn(exercise).may(PlanAction.MANAGE);
    }

    /** The name of the secretariat that runs the exercise (official comments of its processes are signed with it). */
    public String secretariatNameOf(Exercise exercise) {
        return bodyOf(exercise).getName();
    }

    /** The slug of the secretariat that runs the exercise (its policies' scope). */
    public String secretariatOf(Exercise exercise) {
        return bodyOf(exercise).getSlug();
    }

    /** Refuses unless running the exercise entitles the current person to the act (e.g. to open its form). */
    public void require(Exercise exercise, PlanAction action) {
        policy.running(Actor.current(), bodyOf(exercise).getSlug()).require(action);
    }

    private Instant now() {
        return today.now();
    }
}
