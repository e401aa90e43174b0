package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** In what capacity someone acts on a recurso de inconformidad (LGTAIP 2025 arts. 164–178). */
@Labels("inconformity.capacity")
public enum InconformityCapacity {
    /** The federal guarantor authority that hears it (art. 3 fr. III, 37 fr. I, 162). */
    FEDERAL_AUTHORITY,
    /** The local guarantor authority whose resolution is challenged (arts. 168, 171, 175–176). */
    LOCAL_AUTHORITY,
    /** The obligated subject's transparency unit, which complies (arts. 177–178). */
    TRANSPARENCY_UNIT,
    /** The requester who challenges (never named). */
    APPELLANT,
    /** The platform itself (e.g. a filing received). */
    PLATFORM
}
