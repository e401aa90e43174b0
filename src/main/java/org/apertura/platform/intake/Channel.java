package org.apertura.platform.intake;

import org.apertura.platform.web.Labels;

/**
 * How something a person said reached the government: online by the person, or in person or remotely and then
 * entered by a facilitator (theme i of the declaration: in person, remote and online). One enum for every intake
 * of proposals and feedback, so the words, the filters and the figures by channel are the same everywhere.
 */
@Labels("intake.channel")
public enum Channel {
    /** Given by the person on the item's page or through the API. */
    ONLINE,
    /** Received in person (a working table, a module, an event, a paper form handed in) and entered by a facilitator. */
    IN_PERSON,
    /** Received by telephone, messaging, letter or e-mail and entered by a facilitator. */
    REMOTE;

    /** Whether a facilitator enters what came through this channel on someone's behalf. */
    public boolean facilitated() {
        return this != ONLINE;
    }
}
