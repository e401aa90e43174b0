package org.apertura.actionplan;

/** The phases an exercise moves through, in order. */
public enum Phase {
    INSTALLATION,
    DIAGNOSIS,
    COCREATION,
    APPROVAL,
    IMPLEMENTATION,
    EVALUATION,
    CLOSED
}
