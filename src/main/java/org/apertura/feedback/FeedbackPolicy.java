package org.apertura.feedback;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the feedback on an item, now. Anyone gives feedback (anonymous visitors only vote).
 * Whoever answers for the item, as the item's own module says (its policy), replies; they, an administrator,
 * and the coordinator or members of the secretariat of the item's own exercise register feedback received
 * offline and see its contacts. A member of another secretariat may not.
 */
@Component
public class FeedbackPolicy {

    /**
     * What the actor may do with the item's feedback; {@code secretariat}: the secretariat of the item's
     * exercise, if any; {@code answersForItem}: the item's module says the actor answers for it.
     */
    public Allowed<FeedbackAction> onItem(Actor actor, Optional<String> secretariat, boolean answersForItem) {
        Set<FeedbackAction> may = EnumSet.noneOf(FeedbackAction.class);
        if (!actor.isSignedIn()) {
            return Allowed.none(FeedbackAction.class);
        }
        if (answersForItem) {
            may.add(FeedbackAction.REPLY);
        }
        if (actor.isAdmin() || answersForItem || secretariat.filter(actor::ofSecretariat).isPresent()) {
            may.add(FeedbackAction.REGISTER);
        }
        if (!may.isEmpty()) {
            may.add(FeedbackAction.SEE_CONTACTS);
        }
        return Allowed.of(FeedbackAction.class, may);
    }

    /** In what capacity the actor replies: liaison of the item's institution, a coordinator, or an administrator. */
    public Capacity capacity(Actor actor, String institutionSlug) {
        if (institutionSlug != null && actor.holds(Role.LIAISON, institutionSlug)) {
            return Capacity.LIAISON;
        }
        if (actor.holdsRole(Role.COORDINATOR)) {
            return Capacity.COORDINATOR;
        }
        return actor.isAdmin() ? Capacity.ADMIN : Capacity.RESPONSIBLE;
    }
}
