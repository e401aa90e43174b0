package org.apertura.archives;

import org.apertura.platform.web.Labels;

/** A version of the instruments: a draft the archive imported, the approved one in force, or one replaced since. */
@Labels("archives.instrumentStatus")
public enum InstrumentStatus {
    DRAFT, APPROVED, SUPERSEDED
}
