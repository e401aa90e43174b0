package org.apertura.actionplan;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * A liaison's institution page, which lists the commitments it leads; each commitment's page is where the liaison
 * submits evidence of its milestones.
 */
@Component
class ActionPlanWorkPlaces implements WorkPlaces {

    @Override
    public List<WorkPlace> of(Actor actor) {
        return actor.scopesOf(Role.LIAISON).stream().sorted()
                .map(slug -> new WorkPlace("actionplan.work.lead", ScopeKind.INSTITUTION, slug, "/instituciones/" + slug))
                .toList();
    }
}
