package org.apertura.accessinfo;

import org.apertura.platform.web.Labels;

/** How a request reached the institution (LGTAIP 2025 art. 124). */
@Labels("accessinfo.channel")
public enum Channel {
    /** Filed in Apertura (the equivalent of the national platform, art. 125: the folio is assigned at once). */
    ONLINE,
    /** At the transparency unit's office. */
    IN_PERSON,
    EMAIL,
    /** Post, courier or telegraph. */
    POSTAL,
    /** Verbally, put in writing by the transparency unit. */
    VERBAL;

    public boolean registeredByUnit() {
        return this != ONLINE;
    }
}
