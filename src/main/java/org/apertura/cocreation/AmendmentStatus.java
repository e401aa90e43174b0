package org.apertura.cocreation;

import org.apertura.platform.web.Labels;

/** Where an amendment to a proposal stands (ADR 0065). */
@Labels("cocreation.amendment.status")
public enum AmendmentStatus {
    /** Waiting for the proposal's author. */
    PENDING,
    /** The author took it: the proposal's text is now the amended one. */
    ACCEPTED,
    /** The author declined it, with a public reason. */
    REJECTED,
    /** Its proposer took it back before the author decided. */
    WITHDRAWN
}
