package org.apertura.participation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.apertura.actionplan.PlanAction;
import org.apertura.actionplan.PlanPolicy;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the participatory budgets of an exercise, now. Those who run the exercise (PlanPolicy: its
 * secretariat's coordinator or an administrator) configure processes, review projects, publish results and name the commitment that executes them; those who
 * draft the exercise's commitments (PlanPolicy's ADD_COMMITMENT) turn a closed debate into a draft commitment; the
 * secretariat's people (its coordinator and members, or an administrator) register ballots cast in person at a
 * polling table, as officials, and moderate the comments on its projects. No new role: the exercise's own. Proposing and voting need only an account (and, to
 * vote, the residence declaration); the process's phases decide when.
 */
@Component
public class ParticipationPolicy {

    private static final Set<BudgetAction> RUNNING = EnumSet.of(BudgetAction.CONFIGURE, BudgetAction.REVIEW,
            BudgetAction.PUBLISH_RESULTS, BudgetAction.FOLLOW_EXECUTION, BudgetAction.REMOVE_MEDIA);

    private final PlanPolicy plans;

    public ParticipationPolicy(PlanPolicy plans) {
        this.plans = plans;
    }

    /** What the actor is entitled to in the processes of the exercise run by this secretariat (services enforce it). */
    public Allowed<BudgetAction> entitled(Actor actor, String bodySlug) {
        Set<BudgetAction> may = EnumSet.noneOf(BudgetAction.class);
        if (plans.running(actor, bodySlug).may(PlanAction.MANAGE)) {
            may.addAll(RUNNING);
        }
        if (actor.ofSecretariat(bodySlug)) {
            may.add(BudgetAction.REGISTER_BALLOT);
            may.add(BudgetAction.ENTER_TALLY);
            may.add(BudgetAction.MODERATE);
        }
        if (may.contains(BudgetAction.CONFIGURE)) {
            may.add(BudgetAction.OPEN_DEBATE);
        }
        // a debate turns into a draft commitment for whoever may draft the exercise's commitments (ADR 0081)
        if (plans.running(actor, bodySlug).may(PlanAction.ADD_COMMITMENT)) {
            may.add(BudgetAction.DRAFT_COMMITMENT);
        }
        return Allowed.of(BudgetAction.class, may);
    }

    /**
     * What the actor may do in the process on the day: what they are entitled to, when the process's own guards
     * let it happen then (its phases; results published once); proposing, supporting and voting for anyone while
     * they are open (an anonymous visitor is asked to sign in, a person who has not declared their residence is
     * asked to).
     */
    public Allowed<BudgetAction> onProcess(Actor actor, String bodySlug, BudgetProcess process, LocalDate day) {
        Set<BudgetAction> may = EnumSet.noneOf(BudgetAction.class);
        Set<BudgetAction> entitled = entitled(actor, bodySlug).actions();
        for (BudgetAction action : BudgetAction.values()) {
            boolean allowed = switch (action) {
                case CONFIGURE -> entitled.contains(action);
                case REVIEW -> entitled.contains(action) && process.reviewRefused(day).isEmpty();
                case PUBLISH_RESULTS -> entitled.contains(action) && process.publishRefused(day).isEmpty();
                case FOLLOW_EXECUTION -> entitled.contains(action) && process.executionRefused().isEmpty();
                case REGISTER_BALLOT -> entitled.contains(action) && process.votingRefused(day).isEmpty();
                case ENTER_TALLY -> entitled.contains(action) && process.tallyRefused(day).isEmpty();
                case PROPOSE -> process.proposalRefused(day).isEmpty();
                case VOTE -> process.votingRefused(day).isEmpty();
                case SUPPORT -> process.supportRefused(day).isEmpty();
                case FLAG -> true;
                case COMMENT, RATE_COMMENT -> process.commentRefused(day).isEmpty();
                case MODERATE -> entitled.contains(action);
                case ANSWER -> false;
                case OPEN_DEBATE -> entitled.contains(BudgetAction.CONFIGURE) || process.commentRefused(day).isEmpty();
                case DRAFT_COMMITMENT -> false; // a debate's act: onDebate
                case ATTACH_MEDIA, REMOVE_MEDIA -> false; // a project's acts: onProject
            };
            if (allowed) {
                may.add(action);
            }
        }
        return Allowed.of(BudgetAction.class, may);
    }

    /**
     * What the actor may do with a consultation of a process on the day (ADR 0039): opening one is configuring the
     * process; answering is for anyone while it is open (the service checks the voter and their district); an
     * official registers answers given at a table, or enters a table's paper count (ADR 0054), while it is open; its
     * results are published once, after it closes.
     */
    public Allowed<BudgetAction> onConsultation(Actor actor, String bodySlug, Consultation consultation,
            LocalDate day) {
        Set<BudgetAction> entitled = entitled(actor, bodySlug).actions();
        Set<BudgetAction> may = EnumSet.noneOf(BudgetAction.class);
        if (entitled.contains(BudgetAction.CONFIGURE)) {
            may.add(BudgetAction.CONFIGURE);
        }
        if (consultation.answerRefused(day).isEmpty()) {
            may.add(BudgetAction.ANSWER);
            if (entitled.contains(BudgetAction.REGISTER_BALLOT)) {
                may.add(BudgetAction.REGISTER_BALLOT);
            }
        }
        if (entitled.contains(BudgetAction.ENTER_TALLY) && consultation.tallyRefused(day).isEmpty()) {
            may.add(BudgetAction.ENTER_TALLY);
        }
        if (entitled.contains(BudgetAction.PUBLISH_RESULTS) && consultation.publishRefused(day).isEmpty()) {
            may.add(BudgetAction.PUBLISH_RESULTS);
        }
        return Allowed.of(BudgetAction.class, may);
    }

    /**
     * What the actor may do in a debate of a process on the day (ADR 0039): argue, reply and vote comments while it
     * is open; flag at any time; the secretariat's people moderate; opening one is configuring the process; once its
     * last day has passed, those who draft the exercise's commitments may turn it into one, once (ADR 0081).
     */
    public Allowed<BudgetAction> onDebate(Actor actor, String bodySlug, Debate debate, LocalDate day) {
        Set<BudgetAction> entitled = entitled(actor, bodySlug).actions();
        Set<BudgetAction> may = EnumSet.of(BudgetAction.FLAG);
        if (debate.commentRefused(day).isEmpty()) {
            may.add(BudgetAction.COMMENT);
            may.add(BudgetAction.RATE_COMMENT);
        }
        for (BudgetAction kept : EnumSet.of(BudgetAction.CONFIGURE, BudgetAction.MODERATE)) {
            if (entitled.contains(kept)) {
                may.add(kept);
            }
        }
        if (entitled.contains(BudgetAction.DRAFT_COMMITMENT) && debate.commitmentRefused(day).isEmpty()) {
            may.add(BudgetAction.DRAFT_COMMITMENT);
        }
        return Allowed.of(BudgetAction.class, may);
    }

    /**
     * What the actor (signed in as {@code accountId}, or null) may do with a project's pictures and documents on the
     * day (ADR 0088): its author adds and removes them while proposals are open and the project is not yet reviewed
     * (the review is made on what the project shows); those who run the exercise remove any, as moderation.
     */
    public Allowed<BudgetAction> onProject(Actor actor, Long accountId, String bodySlug, BudgetProcess process,
            BudgetProject project, LocalDate day) {
        Set<BudgetAction> may = EnumSet.noneOf(BudgetAction.class);
        if (project.isAuthor(accountId) && !project.isReviewed() && process.proposalRefused(day).isEmpty()) {
            may.add(BudgetAction.ATTACH_MEDIA);
        }
        if (entitled(actor, bodySlug).may(BudgetAction.REMOVE_MEDIA)) {
            may.add(BudgetAction.REMOVE_MEDIA);
        }
        return Allowed.of(BudgetAction.class, may);
    }
}
