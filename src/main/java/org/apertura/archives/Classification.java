package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * How a series' information is classified (LGTAIP 2025 title on classification): public, reserved (up to five years
 * from classification, extendable by five, art. 104) or confidential (no time limit, art. 115).
 */
@Labels("archives.classification")
public enum Classification {
    PUBLIC, RESERVED, CONFIDENTIAL;

    /** Reserved and confidential files show only their public metadata. */
    public boolean isRestricted() {
        return this != PUBLIC;
    }
}
