package org.apertura.cocreation;

import java.util.Map;
import org.apertura.actionplan.Exercise;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.comments.CommentLedger;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.comments.CommentSubjects;
import org.apertura.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as subjects of the comment engine (ADR 0067, "Done"): anyone signed in comments on a proposal of a public
 * call; the secretariat that runs the call's exercise answers officially in its own name (those who answer proposals)
 * and its coordinator moderates. The history keeps the entry types proposals always had ({@code comment.written},
 * {@code comment.hidden}, {@code comment.restored} under the proposal).
 */
@Component
@Transactional(readOnly = true)
class ProposalComments implements CommentSubjects {

    private final CocreationService service;
    private final CallItems items;
    private final org.apertura.actionplan.ActionPlanService plans;

    ProposalComments(CocreationService service, CallItems items, org.apertura.actionplan.ActionPlanService plans) {
        this.service = service;
        this.items = items;
        this.plans = plans;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(CallItems.PROPOSAL);
    }

    @Override
    public Optional<CommentSubject> find(String kind, String id) {
        return items.find(kind, id).map(item -> {
            Proposal proposal = service.proposal(Long.valueOf(id));
            Exercise exercise = service.exerciseOf(service.callOf(proposal));
            var allowed = service.allowedOn(exercise);
            boolean official = allowed.may(CallAction.DISPOSE);
            return new CommentSubject(kind, id, item.title(), item.path(), null, official,
                    allowed.may(CallAction.HIDE_COMMENT), official ? plans.bodyOf(exercise).getName() : null,
                    new CommentLedger(CocreationService.MODULE, CallItems.PROPOSAL, id, "comment.written",
                            "comment.hidden", "comment.restored", Map.of(), true));
        });
    }

    @Override
    public boolean moderatesSome(Actor actor) {
        return service.moderates(actor);
    }
}
