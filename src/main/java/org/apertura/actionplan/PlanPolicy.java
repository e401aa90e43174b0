package org.apertura.actionplan;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with exercises and action plans, now. An exercise is run by its secretariat's coordinator
 * ({@code COORDINATOR} of the body) or an administrator: plans, commitments, milestones, revisions, approval and
 * publication. The lead institution's liaison ({@code LIAISON}) reports progress with evidence; a secretariat
 * member of civil society or of the guarantor ({@code STL_MEMBER} with that sector) reviews it. What a plan or
 * a piece of evidence lets happen comes from its own guards, the same ones its transitions check.
 */
@Component
public class PlanPolicy {

    /** The sectors whose secretariat members review evidence: society and the guarantor, never government. */
    static final List<String> REVIEWING_SECTORS = List.of("CIVIL_SOCIETY", "GUARANTOR");

    private static final Set<PlanAction> RUNNING = EnumSet.of(PlanAction.CREATE_EXERCISE, PlanAction.CREATE_PLAN,
            PlanAction.MANAGE, PlanAction.ADD_COMMITMENT, PlanAction.ADD_MILESTONE, PlanAction.IMPORT_KIT, PlanAction.REVISE_COMMITMENT,
            PlanAction.APPROVE, PlanAction.PUBLISH, PlanAction.ANSWER_FEEDBACK);

    /** Whether the actor may start an exercise for some secretariat (an administrator or any coordinator). */
    public Allowed<PlanAction> atPlatform(Actor actor) {
        return actor.isAdmin() || actor.holdsRole(Role.COORDINATOR)
                ? Allowed.of(PlanAction.class, List.of(PlanAction.CREATE_EXERCISE)) : Allowed.none(PlanAction.class);
    }

    /** What running the exercise of this secretariat entitles the actor to, whatever the plan's status. */
    public Allowed<PlanAction> running(Actor actor, String bodySlug) {
        return actor.coordinates(bodySlug) ? Allowed.of(PlanAction.class, RUNNING) : Allowed.none(PlanAction.class);
    }

    /** What the actor may do with a plan now: entitled by running its exercise, and the plan's guard lets it. */
    public Allowed<PlanAction> onPlan(Actor actor, String bodySlug, ActionPlan plan) {
        return Allowed.of(PlanAction.class, running(actor, bodySlug).actions().stream()
                .filter(a -> refusal(plan, a).isEmpty()).toList());
    }

    /**
     * What reporting a commitment's progress entitles the actor to, whatever the plan's status: submitting
     * evidence, assessing in the institution's voice and answering feedback as a liaison of its lead
     * institution; reviewing evidence and assessing independently as a reviewing sector's member of the
     * exercise's secretariat (services enforce this).
     */
    public Allowed<PlanAction> reporting(Actor actor, String bodySlug, String leadInstitutionSlug) {
        Set<PlanAction> may = EnumSet.noneOf(PlanAction.class);
        if (leadInstitutionSlug != null && actor.holds(Role.LIAISON, leadInstitutionSlug)) {
            may.addAll(List.of(PlanAction.SUBMIT_EVIDENCE, PlanAction.ASSESS_SELF, PlanAction.ANSWER_FEEDBACK));
        }
        if (reviewingSector(actor, bodySlug).isPresent()) {
            may.addAll(List.of(PlanAction.REVIEW_EVIDENCE, PlanAction.ASSESS_INDEPENDENT));
        }
        return Allowed.of(PlanAction.class, may);
    }

    /** What the actor may do with a commitment's progress now: entitled, and the plan lets it (published). */
    public Allowed<PlanAction> onProgress(Actor actor, String bodySlug, String leadInstitutionSlug, ActionPlan plan) {
        return Allowed.of(PlanAction.class, reporting(actor, bodySlug, leadInstitutionSlug).actions().stream()
                .filter(a -> refusal(plan, a).isEmpty()).toList());
    }

    /** Whether the actor may review this piece of evidence now (a reviewing sector's member; it awaits review). */
    public boolean mayReview(Actor actor, String bodySlug, Evidence evidence) {
        return reviewingSector(actor, bodySlug).isPresent() && evidence.reviewRefused().isEmpty();
    }

    /** The sector in which the actor reviews the secretariat's evidence, if they do. */
    public Optional<String> reviewingSector(Actor actor, String bodySlug) {
        return REVIEWING_SECTORS.stream()
                .filter(sector -> actor.holds(Authority.ofSector(Role.STL_MEMBER, sector, bodySlug))).findFirst();
    }

    /** Why the plan does not let the act happen now, or empty when it does (the plan's own guard). */
    static Optional<FieldProblem> refusal(ActionPlan plan, PlanAction action) {
        return switch (action) {
            case ADD_COMMITMENT, ADD_MILESTONE, IMPORT_KIT, APPROVE -> plan.draftRefused();
            case PUBLISH -> plan.publishRefused();
            case SUBMIT_EVIDENCE, ASSESS_SELF, ASSESS_INDEPENDENT -> plan.publishedRefused();
            case CREATE_EXERCISE, CREATE_PLAN, MANAGE, REVISE_COMMITMENT, REVIEW_EVIDENCE, ANSWER_FEEDBACK ->
                    Optional.empty();
        };
    }
}
