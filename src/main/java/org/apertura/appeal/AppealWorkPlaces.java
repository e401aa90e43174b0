package org.apertura.appeal;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** The guarantor's queue of appeals: one queue holds the appeals of every guarantor the person serves. */
@Component
class AppealWorkPlaces implements WorkPlaces {

    private final AppealPolicy appeals;

    AppealWorkPlaces(AppealPolicy appeals) {
        this.appeals = appeals;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return appeals.guarantorsServed(actor).isEmpty() ? List.of()
                : List.of(WorkPlace.general("accessinfo.work.appeals", "/garante/recursos"));
    }
}
