package org.apertura.opendata;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an institution's datasets, in one place: only the institution's data publishers (the
 * DATA_PUBLISHER role in its scope) create, edit, publish and withdraw its datasets; a draft can be published, a
 * published dataset withdrawn, a withdrawn one no longer changes; Apertura's own lists (platform lists) are kept by
 * the platform and nobody edits them. Everyone reads what is public. Services require what it allows; pages and the
 * API only read it.
 */
@Component
public class OpenDataPolicy {

    /** What the actor may do with the institution's datasets in general (creating one). */
    public Allowed<OpenDataAction> allowed(Actor actor, String institutionSlug) {
        Set<OpenDataAction> actions = EnumSet.noneOf(OpenDataAction.class);
        if (actor.holds(Role.DATA_PUBLISHER, institutionSlug)) {
            actions.add(OpenDataAction.CREATE);
        }
        return Allowed.of(OpenDataAction.class, actions);
    }

    /** What the actor may do with this dataset now. */
    public Allowed<OpenDataAction> allowed(Actor actor, Dataset dataset) {
        Set<OpenDataAction> actions = EnumSet.noneOf(OpenDataAction.class);
        if (actor.holds(Role.DATA_PUBLISHER, dataset.getInstitutionSlug()) && !dataset.isPlatformList()) {
            switch (dataset.getState()) {
                case DRAFT -> {
                    actions.add(OpenDataAction.EDIT);
                    actions.add(OpenDataAction.PUBLISH);
                }
                case PUBLISHED -> {
                    actions.add(OpenDataAction.EDIT);
                    actions.add(OpenDataAction.WITHDRAW);
                }
                case WITHDRAWN -> {
                }
            }
        }
        return Allowed.of(OpenDataAction.class, actions);
    }

    /** Whether the actor may see the dataset: a public one everyone, a draft its institution's publishers. */
    public boolean maySee(Actor actor, Dataset dataset) {
        return dataset.isPublic() || actor.holds(Role.DATA_PUBLISHER, dataset.getInstitutionSlug());
    }

    /** Whether the caller is nobody we know now: no session and no valid token (CKAN's API tells a bad token apart). */
    public boolean callerUnknown() {
        return !Actor.current().isSignedIn();
    }

    /** The institutions the actor publishes data for (the publisher pages' choice). */
    public Set<String> publishers(Actor actor) {
        return actor.scopesOf(Role.DATA_PUBLISHER);
    }

    public Allowed<OpenDataAction> allowedNow(String institutionSlug) {
        return allowed(Actor.current(), institutionSlug);
    }

    public Allowed<OpenDataAction> allowedNow(Dataset dataset) {
        return allowed(Actor.current(), dataset);
    }

    public boolean maySeeNow(Dataset dataset) {
        return maySee(Actor.current(), dataset);
    }

    public Set<String> publishersNow() {
        return publishers(Actor.current());
    }
}
