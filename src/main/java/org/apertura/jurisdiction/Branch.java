package org.apertura.jurisdiction;

import org.apertura.platform.web.Labels;

/** The branch (poder) or kind of an institution. */
@Labels("institution.branch")
public enum Branch {
    EXECUTIVE,
    LEGISLATIVE,
    JUDICIAL,
    /** Constitutionally autonomous bodies, such as the guarantor body. */
    AUTONOMOUS,
    /** Municipal governments (ayuntamientos) and their decentralised bodies. */
    MUNICIPAL
}
