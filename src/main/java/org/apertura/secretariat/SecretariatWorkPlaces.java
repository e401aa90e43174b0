package org.apertura.secretariat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.ScopeKind;
import org.springframework.stereotype.Component;

/** The bodies the person coordinates (their management page) or sits on (their public page, where they vote). */
@Component
class SecretariatWorkPlaces implements WorkPlaces {

    private final BodyPolicy policy;

    SecretariatWorkPlaces(BodyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        Set<String> bodies = new TreeSet<>(actor.scopesOf(Role.COORDINATOR));
        bodies.addAll(actor.scopesOf(Role.STL_MEMBER));
        return bodies.stream().map(slug -> policy.entitled(actor, slug).may(BodyAction.MANAGE)
                ? new WorkPlace("secretariat.work.manage", ScopeKind.SECRETARIAT, slug, "/organos/" + slug + "/gestion")
                : new WorkPlace("secretariat.work.sit", ScopeKind.SECRETARIAT, slug, "/organos/" + slug)).toList();
    }
}
