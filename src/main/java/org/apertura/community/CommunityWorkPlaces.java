package org.apertura.community;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** The appeals waiting for a moderator's decision, and the newsletter desk. */
@Component
class CommunityWorkPlaces implements WorkPlaces {

    private final CommunityService service;
    private final CommunityPolicy policy;

    CommunityWorkPlaces(CommunityService service, CommunityPolicy policy) {
        this.service = service;
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        List<WorkPlace> places = new ArrayList<>();
        if (service.decidesAppeals()) {
            places.add(WorkPlace.general("community.work.appeals", "/moderacion/apelaciones"));
        }
        if (policy.entitled(actor).may(CommunityAction.WRITE_NEWSLETTER)) {
            places.add(WorkPlace.general("community.work.newsletter", "/boletin/redactar"));
        }
        return places;
    }
}
