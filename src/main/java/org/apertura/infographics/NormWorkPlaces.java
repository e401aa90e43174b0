package org.apertura.infographics;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** The norms desk, for whoever writes the norms of some institution. */
@Component
class NormWorkPlaces implements WorkPlaces {

    private final NormPolicy policy;

    NormWorkPlaces(NormPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return policy.desks(actor).isEmpty() ? List.of() : List.of(WorkPlace.general("infographics.work.norms", "/normas/gestion"));
    }
}
