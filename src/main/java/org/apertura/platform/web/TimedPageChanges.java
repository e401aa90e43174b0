package org.apertura.platform.web;

import java.time.Instant;

/**
 * Something readers' pages show that changes at a known instant with no event of its own: a session leaves the home
 * page's «Sesiones próximas» at its starting minute. {@link ReaderLastModified} puts the latest such instant already
 * passed into the pages' version and last change, so a kept page (docs/adr/0037, 0045) is rebuilt exactly when one
 * passes. The instants themselves change only with a public change, i.e. a ledger entry (calling or moving a session),
 * so they are read again only when another {@link PageChanges}' version moves or the next instant passes.
 */
public interface TimedPageChanges {

    /** The latest instant at or before {@code now} and the earliest after it (either null when there is none). */
    Around around(Instant now);

    /** The instants either side of now. */
    record Around(Instant last, Instant next) {
    }
}
