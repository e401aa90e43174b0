package org.apertura.actionplan;

import org.apertura.platform.web.Labels;

/** The phases an exercise moves through, in order. */
@Labels("phase")
public enum Phase {
    INSTALLATION,
    DIAGNOSIS,
    COCREATION,
    APPROVAL,
    IMPLEMENTATION,
    EVALUATION,
    CLOSED
}
