package org.apertura.budget;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** A budget area's import of its institution's budget and quarterly execution. */
@Component
class BudgetWorkPlaces implements WorkPlaces {

    private final BudgetPolicy policy;

    BudgetWorkPlaces(BudgetPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return policy.importers(actor).isEmpty() ? List.of()
                : List.of(WorkPlace.general("budget.work.import", "/presupuesto/importar"));
    }
}
