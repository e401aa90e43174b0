package org.apertura.actionplan;

import java.util.Optional;
import java.util.Set;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.comments.CommentSubjects;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments take comments once their plan is published (issue 21, ADR 0067): whoever answers for a commitment in
 * public — a liaison of its lead institution or the secretariat's coordinator — replies officially, and the coordinator
 * moderates its comments.
 */
@Component
@Transactional(readOnly = true)
class CommitmentComments implements CommentSubjects {

    private final ActionPlanItems items;
    private final ActionPlanService service;
    private final PlanPolicy policy;
    private final CommitmentRepository commitments;

    CommitmentComments(ActionPlanItems items, ActionPlanService service, PlanPolicy policy,
            CommitmentRepository commitments) {
        this.commitments = commitments;
        this.items = items;
        this.service = service;
        this.policy = policy;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(ActionPlanItems.COMMITMENT);
    }

    @Override
    public Optional<CommentSubject> find(String kind, String id) {
        // an unknown commitment is no subject: asked before the items, whose lookup would fail inside this transaction
        if (!ActionPlanItems.COMMITMENT.equals(kind) || id == null || !id.matches("\\d{1,18}")
                || !commitments.existsById(Long.valueOf(id))) {
            return Optional.empty();
        }
        return items.find(kind, id).flatMap(item -> {
            ActionPlan plan = service.plan(service.commitment(Long.valueOf(item.id())).getPlanId());
            if (plan.getStatus() != ActionPlan.Status.PUBLISHED) {
                return Optional.empty();
            }
            boolean official = items.mayRespond(item);
            return Optional.of(new CommentSubject(kind, item.id(), item.title(), item.path(), null, official,
                    moderates(item), official ? answeringFor(item) : null, null));
        });
    }

    /**
     * The institution an official comment answers for: the commitment's lead institution when the person reports for
     * it, otherwise the secretariat they coordinate.
     */
    private String answeringFor(PublicItem item) {
        Commitment commitment = service.commitment(Long.valueOf(item.id()));
        String body = service.bodyOf(service.exerciseOf(service.plan(commitment.getPlanId()))).getSlug();
        boolean reports = policy.reporting(Actor.current(), body, item.institutionSlug()).may(PlanAction.ANSWER_FEEDBACK);
        return reports ? service.leadInstitution(commitment).map(org.apertura.jurisdiction.Institution::getName)
                .orElse(null) : service.bodyOf(service.exerciseOf(service.plan(commitment.getPlanId()))).getName();
    }

    /** Whoever coordinates the secretariat of some exercise moderates its commitments' comments. */
    @Override
    public boolean moderatesSome(Actor actor) {
        return service.exercises().stream().anyMatch(e -> policy.running(actor, service.bodyOf(e).getSlug())
                .may(PlanAction.ANSWER_FEEDBACK));
    }

    /** The coordinator of the secretariat whose exercise holds the commitment moderates its comments. */
    private boolean moderates(PublicItem item) {
        return items.secretariatOf(item).map(body -> policy.running(Actor.current(), body)
                .may(PlanAction.ANSWER_FEEDBACK)).orElse(false);
    }
}
