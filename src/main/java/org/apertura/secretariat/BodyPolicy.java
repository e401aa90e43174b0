package org.apertura.secretariat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a collegiate body, now. Administrators create bodies; a body's coordinator
 * ({@code COORDINATOR} of the secretariat) or an administrator runs it: members, sessions, attendance,
 * agreements, votes and minutes. What a session lets happen comes from its own guards, the same ones its
 * service checks before acting. Members who are not its coordinator run nothing.
 */
@Component
public class BodyPolicy {

    /** What the actor may do on the platform (create bodies). */
    public Allowed<BodyAction> atPlatform(Actor actor) {
        return actor.isAdmin() ? Allowed.of(BodyAction.class, List.of(BodyAction.CREATE_BODY))
                : Allowed.none(BodyAction.class);
    }

    /** What the actor is entitled to in the body, whatever the state of its sessions (services enforce this). */
    public Allowed<BodyAction> entitled(Actor actor, String bodySlug) {
        if (!actor.coordinates(bodySlug)) {
            return Allowed.none(BodyAction.class);
        }
        return Allowed.of(BodyAction.class, Arrays.stream(BodyAction.values()).filter(a -> a != BodyAction.CREATE_BODY)
                .toList());
    }

    /** What the actor may do on a session today: entitled, and the session's guard lets it happen. */
    public Allowed<BodyAction> onSession(Actor actor, String bodySlug, BodySession session, List<Agreement> agreements) {
        return Allowed.of(BodyAction.class, entitled(actor, bodySlug).actions().stream()
                .filter(a -> refusal(session, agreements, a).isEmpty()).toList());
    }

    /** The numbers of the session's agreements whose votes the actor may record now. */
    public Set<Integer> votable(Actor actor, String bodySlug, BodySession session, List<Agreement> agreements) {
        if (!entitled(actor, bodySlug).may(BodyAction.VOTE)) {
            return Set.of();
        }
        return agreements.stream().filter(a -> session.voteRefused(a).isEmpty()).map(Agreement::getNumber)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the session does not let the act happen, or empty when it does (the session's own guard). */
    static Optional<FieldProblem> refusal(BodySession session, List<Agreement> agreements, BodyAction action) {
        return switch (action) {
            case RECORD_ATTENDANCE -> session.attendanceRefused(agreements);
            case PROPOSE_AGREEMENT -> session.openRefused();
            case VOTE -> agreements.stream().anyMatch(a -> session.voteRefused(a).isEmpty()) ? Optional.empty()
                    : Optional.of(new FieldProblem("votes", "agreement.error.decided"));
            case APPROVE_MINUTES -> session.minutesRefused(agreements);
            case CREATE_BODY, MANAGE, ADD_MEMBER, CALL_SESSION, ANSWER_FEEDBACK -> Optional.empty();
        };
    }
}
