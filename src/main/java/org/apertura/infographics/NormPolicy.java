package org.apertura.infographics;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who writes an institution's norms: its NORMS_EDITOR (docs/adr/0009-who-writes-norms.md), and nobody else — not an
 * editor of another institution, not the administrator (who grants the role but does not speak for the institution).
 * Everyone reads what is published. Services require what it allows; pages and the API only read it.
 */
@Component
public class NormPolicy {

    public Allowed<NormAction> allowed(Actor actor, String institutionSlug) {
        if (actor.holds(Role.NORMS_EDITOR, institutionSlug)) {
            return Allowed.of(NormAction.class, EnumSet.allOf(NormAction.class));
        }
        return Allowed.none(NormAction.class);
    }

    public Allowed<NormAction> allowedNow(String institutionSlug) {
        return allowed(Actor.current(), institutionSlug);
    }

    /** The institutions whose norms the person of the current request writes. */
    public Set<String> desksNow() {
        return desks(Actor.current());
    }

    /** The institutions whose norms the actor writes. */
    public Set<String> desks(Actor actor) {
        return actor.scopesOf(Role.NORMS_EDITOR);
    }
}
