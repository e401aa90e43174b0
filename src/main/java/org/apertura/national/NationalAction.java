package org.apertura.national;

/** What can be done with the national node's configuration. */
public enum NationalAction {
    /** Turn the node on or off, add and remove member instances, harvest now (administrators). */
    CONFIGURE
}
