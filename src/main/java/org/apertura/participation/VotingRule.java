package org.apertura.participation;

import org.apertura.platform.web.Labels;

/**
 * How a ballot is filled and counted, declared by the process (data, not code paths): {@code KNAPSACK} chooses
 * projects whose costs fit in the district's amount (CONSUL's "ballot"), {@code APPROVAL} approves up to a maximum
 * of projects, {@code RANKED} ranks up to a maximum (the first of n gets n points, the last one 1: a Borda count).
 */
@Labels("participation.rule")
public enum VotingRule {
    KNAPSACK, APPROVAL, RANKED;

    /** Whether the rule needs a maximum of choices per ballot. */
    public boolean hasMaximum() {
        return this != KNAPSACK;
    }
}
