package org.apertura.cocreation;

/** How a proposal reached the call: online by its author, or entered by a facilitator. */
public enum Channel {
    ONLINE, IN_PERSON, REMOTE;

    public boolean facilitated() {
        return this != ONLINE;
    }
}
