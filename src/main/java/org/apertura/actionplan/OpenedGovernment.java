package org.apertura.actionplan;

/** The IRM's "Did it open government?" scale, in order. */
public enum OpenedGovernment {
    WORSENED,
    DID_NOT_CHANGE,
    MARGINAL,
    MAJOR,
    OUTSTANDING
}
