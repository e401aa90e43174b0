package org.apertura.cocreation;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** The moderation queue, for whoever moderates the comments of some exercise's calls. */
@Component
class ModerationWorkPlaces implements WorkPlaces {

    private final CocreationService service;

    ModerationWorkPlaces(CocreationService service) {
        this.service = service;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return service.moderates(actor) ? List.of(WorkPlace.general("cocreation.moderation.work", "/moderacion"))
                : List.of();
    }
}
