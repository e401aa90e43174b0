package org.apertura.secretariat;

import org.apertura.platform.web.Labels;

/** What a collegiate body is. */
@Labels("body.kind")
public enum BodyKind {
    /** The Secretariado Técnico Local of the 2015 joint declaration: civil society, government, guarantor. */
    LOCAL_TECHNICAL_SECRETARIAT,
    /** A permanent consultative council (theme h of the declaration). */
    CONSULTATIVE_COUNCIL
}
