package org.apertura.secretariat;

import java.util.List;
import org.apertura.platform.security.RoleScopes;
import org.springframework.stereotype.Component;

/** Each collegiate body is a scope for the secretariat roles (coordinator, member). */
@Component
class SecretariatScopes implements RoleScopes {

    private final BodyRepository bodies;

    SecretariatScopes(BodyRepository bodies) {
        this.bodies = bodies;
    }

    @Override
    public List<Scope> scopes() {
        return bodies.findAllByOrderByNameAsc().stream()
                .map(b -> new Scope("SECRETARIAT", b.getSlug(), b.getName())).toList();
    }
}
