package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;
import org.apertura.deadlines.Deadlines;

/**
 * Who may do what on access requests, now. The institution's transparency unit processes its requests, its
 * committee resolves on them (and sees the unit's queue), the requester (account or follow-up key) replies to
 * a clarification; what a request lets happen today comes from its own guards, the same ones its transitions
 * check. Administrators hold no capacity here. Filing needs no one: anybody files, without a name (art. 126).
 */
@Component
public class RequestPolicy {

    /** What the actor may do at an institution (register received requests, see the queue). */
    public Allowed<RequestAction> atInstitution(Actor actor, String institutionSlug) {
        return Allowed.of(RequestAction.class, Arrays.stream(RequestAction.values()).filter(RequestAction::atInstitution)
                .filter(a -> actor.holds(a.role(), institutionSlug)
                        || a == RequestAction.SEE_QUEUE && actor.holds(Role.COMMITTEE, institutionSlug))
                .toList());
    }

    /** The institutions at which the actor may do the act (e.g. whose unit they work in). */
    public java.util.Set<String> institutionsFor(Actor actor, RequestAction action) {
        return actor.scopesOf(action.role());
    }

    /** What the actor is entitled to on the request, whatever its stage (services enforce this). */
    public Allowed<RequestAction> entitled(Actor actor, AccessRequest request, boolean requester) {
        return entitled(actor, request, requester, null);
    }

    /**
     * The same, with the guarantor authority that decides on the request's reserves ({@code guarantorSlug}, its
     * institution's slug; null when none): its staff ({@code GUARANTOR} on it) decide a further extension.
     */
    public Allowed<RequestAction> entitled(Actor actor, AccessRequest request, boolean requester, String guarantorSlug) {
        return Allowed.of(RequestAction.class, Arrays.stream(RequestAction.values()).filter(a -> !a.atInstitution())
                .filter(a -> a.role() == null ? requester
                        : a.role() == Role.GUARANTOR ? guarantorSlug != null && actor.holds(a.role(), guarantorSlug)
                        : actor.holds(a.role(), request.getInstitutionSlug()))
                .toList());
    }

    /** What the actor may do on the request today: entitled to it, and the request's guard lets it happen. */
    public Allowed<RequestAction> allowed(Actor actor, AccessRequest request, boolean requester, LocalDate today,
            Deadlines d) {
        return allowed(actor, request, requester, null, today, d);
    }

    /** The same, with the guarantor authority that decides on the request's reserves. */
    public Allowed<RequestAction> allowed(Actor actor, AccessRequest request, boolean requester, String guarantorSlug,
            LocalDate today, Deadlines d) {
        return Allowed.of(RequestAction.class, entitled(actor, request, requester, guarantorSlug).actions().stream()
                .filter(a -> refusal(request, a, today, d).isEmpty()).toList());
    }

    /** Why the request does not let the act happen today, or empty when it does (the request's own guard). */
    static Optional<FieldProblem> refusal(AccessRequest request, RequestAction action, LocalDate today, Deadlines d) {
        return switch (action) {
            case TURN -> request.turnRefused();
            case ASK_CLARIFICATION -> request.askClarificationRefused(today, d);
            case ANSWER -> request.answerRefused();
            // A payment term that passed unpaid concluded the request (art. 137 ¶2): the form is no longer offered.
            case RECORD_PAYMENT -> request.isPaymentLapsed(today) ? Optional.of(new FieldProblem("paidOn",
                    "accessinfo.answer.paymentLapsed")) : request.recordPaymentRefused();
            case COMMITTEE_RESOLUTION -> request.committeeResolutionRefused();
            // Which reserve, and whether it may be asked or decided today, is each resolution's own guard.
            case EXTEND_RESERVE, ASK_GUARANTOR_RESERVE_EXTENSION, DECIDE_RESERVE_EXTENSION ->
                    request.extendReserveRefused();
            case REPLY_CLARIFICATION -> request.replyClarificationRefused(today);
            case REGISTER, SEE_QUEUE -> Optional.empty();
        };
    }
}
