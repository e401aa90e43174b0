package org.apertura.identity;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may give roles, now. Administrators give and take any role; a secretariat's coordinator gives the
 * secretariat's own roles (member with a sector, or coordinator) to the people they add to it.
 */
@Component
public class MembershipPolicy {

    /** What may be given. */
    public enum MembershipAction {
        /** Give or take any role in any scope. */
        GRANT_ANY,
        /** Give a secretariat role in that one secretariat. */
        GRANT_IN_SECRETARIAT
    }

    /** What the actor may give in a secretariat. */
    public Allowed<MembershipAction> inSecretariat(Actor actor, String secretariat) {
        if (actor.isAdmin()) {
            return Allowed.of(MembershipAction.class, List.of(MembershipAction.values()));
        }
        return actor.holds(Role.COORDINATOR, secretariat)
                ? Allowed.of(MembershipAction.class, List.of(MembershipAction.GRANT_IN_SECRETARIAT))
                : Allowed.none(MembershipAction.class);
    }
}
