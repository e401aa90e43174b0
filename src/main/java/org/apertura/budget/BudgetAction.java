package org.apertura.budget;

/** What a person may do with an institution's budget; reading it is for everyone and needs no action. */
public enum BudgetAction {
    /** Import a quarter's snapshot (expenditure or revenue), through the page or the API. */
    IMPORT
}
