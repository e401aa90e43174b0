package org.apertura.identity;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** The administration area, for the platform's administrators. */
@Component
class AdminWorkPlaces implements WorkPlaces {

    @Override
    public List<WorkPlace> of(Actor actor) {
        return actor.isAdmin() ? List.of(WorkPlace.general("account.work.admin", "/admin")) : List.of();
    }
}
