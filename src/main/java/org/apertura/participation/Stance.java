package org.apertura.participation;

import org.apertura.platform.web.Labels;

/** Where an argument of a debate stands: for or against the topic (an argument may also take neither side). */
@Labels("participation.stance")
public enum Stance {
    FOR, AGAINST
}
