package org.apertura.actionplan;

/** The sector of a co-responsible actor of a commitment. */
public enum ActorSector {
    CIVIL_SOCIETY,
    GOVERNMENT,
    GUARANTOR,
    ACADEMIA,
    PRIVATE
}
