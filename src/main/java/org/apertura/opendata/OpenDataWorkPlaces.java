package org.apertura.opendata;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** A data publisher's datasets, to create, fill and publish. */
@Component
class OpenDataWorkPlaces implements WorkPlaces {

    private final OpenDataPolicy policy;

    OpenDataWorkPlaces(OpenDataPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return policy.publishers(actor).isEmpty() ? List.of()
                : List.of(WorkPlace.general("opendata.work.publish", "/datos/publicar"));
    }
}
