package org.apertura.jurisdiction;

/** The branch (poder) or kind of an institution. */
public enum Branch {
    EXECUTIVE,
    LEGISLATIVE,
    JUDICIAL,
    /** Constitutionally autonomous bodies, such as the guarantor body. */
    AUTONOMOUS,
    /** Municipal governments (ayuntamientos) and their decentralised bodies. */
    MUNICIPAL
}
