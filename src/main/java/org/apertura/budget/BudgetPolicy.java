package org.apertura.budget;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an institution's budget, in one place: only the institution's budget office (the BUDGET role
 * in its scope) imports its snapshots, and only for a quarter that has begun; everyone reads. Services require what it
 * allows; pages and the API only read it.
 */
@Component
public class BudgetPolicy {

    /** What the actor may do with the institution's budget of that year and quarter (it has begun or not). */
    public Allowed<BudgetAction> allowed(Actor actor, String institutionSlug, boolean quarterBegun) {
        Set<BudgetAction> actions = EnumSet.noneOf(BudgetAction.class);
        if (actor.holds(Role.BUDGET, institutionSlug) && quarterBegun) {
            actions.add(BudgetAction.IMPORT);
        }
        return Allowed.of(BudgetAction.class, actions);
    }

    /** What the actor may do with the institution's budget in general (whatever the quarter). */
    public Allowed<BudgetAction> allowed(Actor actor, String institutionSlug) {
        return allowed(actor, institutionSlug, true);
    }

    /** The institutions whose budget the actor may import (for the import page's choice). */
    public Set<String> importers(Actor actor) {
        return actor.scopesOf(Role.BUDGET);
    }

    /** What the person of the current request may do with the institution's budget. */
    public Allowed<BudgetAction> allowedNow(String institutionSlug) {
        return allowed(Actor.current(), institutionSlug);
    }

    /** The institutions whose budget the person of the current request may import. */
    public Set<String> importersNow() {
        return importers(Actor.current());
    }
}
