package org.apertura.secretariat;

/** Where an agreement stands: proposed and being voted, or decided. */
public enum AgreementStatus {
    PROPOSED,
    ADOPTED,
    REJECTED
}
