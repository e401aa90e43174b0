package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** What the guarantor's resolution does (art. 154). */
@Labels("appeal.resolution")
public enum AppealResolution {
    /** Desecha: the appeal does not proceed (art. 154 fr. I; its grounds in art. 158 fr. I–VII). */
    DISMISSED,
    /**
     * Sobresee: once admitted, the appeal ends without a ruling on the merits (art. 154 fr. I) on one of the grounds
     * of art. 159 fr. I–IV ({@link DiscontinuanceGround}); appeals resolved so before the grounds were recorded
     * were on fr. III (the subject modified or revoked its act).
     */
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
