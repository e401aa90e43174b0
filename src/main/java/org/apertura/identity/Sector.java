package org.apertura.identity;

/** The three sectors of a Secretariado Técnico Local (2015 joint declaration). */
public enum Sector {
    CIVIL_SOCIETY,
    GOVERNMENT,
    GUARANTOR
}
