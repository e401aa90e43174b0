package org.apertura.actionplan;

import java.util.List;

/**
 * A condition another module puts on approving a plan (co-creation: every proposal of the exercise's calls
 * has a public disposition). Its problems join the plan's verifiability check and block approval.
 */
public interface PlanApprovalCondition {

    /** What still blocks the plan, as findings whose keys the contributing module's messages define. */
    List<VerifiabilityCheck.Finding> problems(ActionPlan plan);
}
