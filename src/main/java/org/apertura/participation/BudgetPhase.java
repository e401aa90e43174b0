package org.apertura.participation;

import org.apertura.platform.web.Labels;

/** The phases of a participatory budget, in order; each begins on its day and ends when the next begins. */
@Labels("participation.phase")
public enum BudgetPhase {
    UPCOMING, PROPOSALS, REVIEW, SUPPORT, VOTING, RESULTS, EXECUTION
}
