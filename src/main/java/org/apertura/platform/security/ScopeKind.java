package org.apertura.platform.security;

/** What a membership is a role in. */
public enum ScopeKind {
    /** The whole platform (administrators). */
    PLATFORM,
    /** A Secretariado Técnico Local (or another collegiate body) of an exercise. */
    SECRETARIAT,
    /** An institution (sujeto obligado). */
    INSTITUTION,
    /** A jurisdiction (its guarantor body's staff). */
    JURISDICTION
}
