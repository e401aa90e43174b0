package org.apertura.platform.security;

/** What a membership is a role in. */
public enum ScopeKind {
    /** The whole platform (administrators). */
    PLATFORM,
    /** A Secretariado Técnico Local (or another collegiate body) of an exercise. */
    SECRETARIAT,
    /** An institution (sujeto obligado). */
    INSTITUTION,
    /**
     * A guarantor authority (autoridad garante, LGTAIP 2025 art. 3 fr. III–V), by its institution's slug: its staff
     * act only on the appeals and calendar of that authority, not of every guarantor of a jurisdiction (ADR 0026).
     */
    GUARANTOR_AUTHORITY
}
