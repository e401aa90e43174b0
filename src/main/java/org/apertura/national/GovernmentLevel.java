package org.apertura.national;

import org.apertura.platform.web.Labels;

/** The order of government a member instance serves. */
@Labels("national.level")
public enum GovernmentLevel {
    STATE,
    MUNICIPAL
}
