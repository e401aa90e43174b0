package org.apertura.cocreation;

import java.util.List;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.PlanApprovalCondition;
import org.apertura.actionplan.VerifiabilityCheck;
import org.springframework.stereotype.Component;

/** A plan is not approved while a proposal of its exercise's calls has no public disposition. */
@Component
class CocreationApprovalCondition implements PlanApprovalCondition {

    private final CocreationService service;

    CocreationApprovalCondition(CocreationService service) {
        this.service = service;
    }

    @Override
    public List<VerifiabilityCheck.Finding> problems(ActionPlan plan) {
        return service.undisposedFor(plan).stream().map(p -> VerifiabilityCheck.Finding.of("cocreation.check.undisposed",
                p.getNumber() + " · " + p.getTitle(), service.callOf(p).getTitle())).toList();
    }
}
