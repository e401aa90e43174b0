package org.apertura.contracting;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** A procurement area's desk, where it publishes its institution's contracting processes. */
@Component
class ContractingWorkPlaces implements WorkPlaces {

    private final ContractingPolicy policy;

    ContractingWorkPlaces(ContractingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return policy.publishers(actor).isEmpty() ? List.of()
                : List.of(WorkPlace.general("contracting.work.publish", "/contrataciones/publicar"));
    }
}
