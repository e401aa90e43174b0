package org.apertura.national;

import org.apertura.platform.web.Labels;

/** How the last harvest of a member went, as people read it. */
@Labels("national.status")
public enum MemberStatus {
    /** Never harvested yet. */
    PENDING,
    /** The last harvest read and verified everything. */
    CURRENT,
    /** The member could not be read (down, slow, too large, not Apertura's JSON): the last verified state is shown. */
    STALE,
    /** The member's history no longer matches what was verified: its new state is refused ("historial alterado"). */
    ALTERED
}
