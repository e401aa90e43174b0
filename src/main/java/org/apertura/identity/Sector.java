package org.apertura.identity;

import org.apertura.platform.web.Labels;

/** The three sectors of a Secretariado Técnico Local (2015 joint declaration). */
@Labels("sector")
public enum Sector {
    CIVIL_SOCIETY,
    GOVERNMENT,
    GUARANTOR
}
