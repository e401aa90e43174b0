package org.apertura.national;

import java.util.EnumSet;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/** Only administrators configure the national node and its members; everyone reads what it harvested. */
@Component
public class NationalPolicy {

    public Allowed<NationalAction> allowed(Actor actor) {
        return actor.isAdmin() ? Allowed.of(NationalAction.class, EnumSet.allOf(NationalAction.class))
                : Allowed.none(NationalAction.class);
    }

    /** For pages: what the person making the request may do now. */
    public Allowed<NationalAction> allowedNow() {
        return allowed(Actor.current());
    }
}
