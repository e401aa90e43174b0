package org.apertura.feedback;

import org.apertura.platform.web.Labels;

/** How feedback reached the institution (theme i of the declaration: in person, remote and online). */
@Labels("feedback.channel")
public enum Channel {
    /** Given by the person on the item's page or through the API. */
    ONLINE,
    /** Received in person (a working table, a module, an event) and registered by a facilitator. */
    IN_PERSON,
    /** Received by telephone, letter or e-mail and registered by a facilitator. */
    REMOTE;

    /** Whether a facilitator registers feedback of this channel on someone's behalf. */
    public boolean registered() {
        return this != ONLINE;
    }
}
