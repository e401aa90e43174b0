package org.apertura.participation;

/** What can be done with a participatory budget besides proposing and voting, which only need a verified person. */
public enum BudgetAction {
    /** Open a process in an exercise (those who run the exercise). */
    CONFIGURE,
    /** Review a project: feasible with a public cost, or unfeasible with the reason. */
    REVIEW,
    /** Publish the count once the vote has closed. */
    PUBLISH_RESULTS,
    /** Register a ballot cast in person at a polling table, checking the voter's CURP (the secretariat's people). */
    REGISTER_BALLOT
}
