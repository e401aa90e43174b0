package org.apertura.cocreation;

import org.apertura.platform.web.Labels;

/** The reasoned response to a proposal (OGP Participation and Co-Creation Standards, 2022, requirement 4). */
@Labels("cocreation.disposition")
public enum Disposition {
    INCORPORATED, PARTIALLY_INCORPORATED, NOT_INCORPORATED;

    /** Whether the proposal fed at least one commitment, which must then be named. */
    public boolean fedCommitments() {
        return this != NOT_INCORPORATED;
    }
}
