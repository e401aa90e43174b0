package org.apertura.accessinfo;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.apertura.platform.security.ScopeKind;
import org.springframework.stereotype.Component;

/** A transparency unit's inbox for each institution it serves; the guarantor's queue of appeals. */
@Component
class AccessInfoWorkPlaces implements WorkPlaces {

    private final RequestPolicy requests;
    private final AppealPolicy appeals;

    AccessInfoWorkPlaces(RequestPolicy requests, AppealPolicy appeals) {
        this.requests = requests;
        this.appeals = appeals;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        List<WorkPlace> places = new ArrayList<>();
        requests.institutionsFor(actor, RequestAction.SEE_QUEUE).stream().sorted().forEach(slug -> places.add(
                new WorkPlace("accessinfo.work.inbox", ScopeKind.INSTITUTION, slug, "/unidad/" + slug + "/solicitudes")));
        requests.institutionsFor(actor, RequestAction.COMMITTEE_RESOLUTION).stream().sorted().forEach(slug -> places.add(
                new WorkPlace("accessinfo.work.committee", ScopeKind.INSTITUTION, slug, "/solicitudes?institucion=" + slug)));
        // one queue holds the appeals of every guarantor the person serves
        if (!appeals.guarantorsServed(actor).isEmpty()) {
            places.add(WorkPlace.general("accessinfo.work.appeals", "/garante/recursos"));
        }
        return places;
    }
}
