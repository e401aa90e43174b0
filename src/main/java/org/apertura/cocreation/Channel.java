package org.apertura.cocreation;

import org.apertura.platform.web.Labels;

/** How a proposal reached the call: online by its author, or entered by a facilitator. */
@Labels("cocreation.channel")
public enum Channel {
    ONLINE, IN_PERSON, REMOTE;

    public boolean facilitated() {
        return this != ONLINE;
    }
}
