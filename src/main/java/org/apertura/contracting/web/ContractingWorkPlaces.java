package org.apertura.contracting.web;

import java.util.List;
import org.apertura.contracting.ContractingPolicy;
import org.apertura.platform.security.Actor;
import org.apertura.platform.web.WorkPlaces;
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
                : List.of(WorkPlace.general("contracting.work.publish", PublishPages.DESK));
    }
}
