package org.apertura.accessinfo;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.apertura.platform.security.ScopeKind;
import org.springframework.stereotype.Component;

/** A transparency unit's inbox for each institution it serves (the guarantor's queue of appeals: appeal module). */
@Component
class AccessInfoWorkPlaces implements WorkPlaces {

    private final RequestPolicy requests;

    AccessInfoWorkPlaces(RequestPolicy requests) {
        this.requests = requests;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        List<WorkPlace> places = new ArrayList<>();
        requests.institutionsFor(actor, RequestAction.SEE_QUEUE).stream().sorted().forEach(slug -> places.add(
                new WorkPlace("accessinfo.work.inbox", ScopeKind.INSTITUTION, slug, "/unidad/" + slug + "/solicitudes")));
        requests.institutionsFor(actor, RequestAction.COMMITTEE_RESOLUTION).stream().sorted().forEach(slug -> places.add(
                new WorkPlace("accessinfo.work.committee", ScopeKind.INSTITUTION, slug, "/solicitudes?institucion=" + slug)));
        return places;
    }
}
