package org.apertura.accessinfo;

import org.apertura.platform.web.Labels;

/** What the guarantor's resolution does (art. 154). */
@Labels("appeal.resolution")
public enum AppealResolution {
    /** Desecha: the appeal does not proceed (fr. I, art. 158). */
    DISMISSED,
    /** Sobresee: the appeal was left without matter once admitted (fr. I, art. 159). */
    DISMISSED_MOOT,
    /** Confirma the institution's answer (fr. II). */
    CONFIRMED,
    /** Modifica the answer (fr. III): the institution must comply. */
    MODIFIED,
    /** Revoca the answer (fr. III): the institution must comply. */
    REVOKED;

    public boolean opensCompliance() {
        return this == MODIFIED || this == REVOKED;
    }
}
