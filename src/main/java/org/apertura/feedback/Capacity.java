package org.apertura.feedback;

import org.apertura.platform.web.Labels;

/** In what capacity someone replied to feedback in public. */
@Labels("feedback.capacity")
public enum Capacity {
    /** A liaison of the institution that answers for the item. */
    LIAISON,
    /** The coordinator of a secretariat. */
    COORDINATOR,
    /** An administrator of the platform. */
    ADMIN,
    /** Someone else the item's module says answers for it. */
    RESPONSIBLE
}
