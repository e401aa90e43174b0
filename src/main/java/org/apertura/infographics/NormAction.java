package org.apertura.infographics;

/** What can be done with an institution's norms. */
public enum NormAction {
    /** Publish a new norm of the institution (its first citizen version). */
    CREATE,
    /** Publish a new version of a norm of the institution, its official text included. */
    EDIT
}
