package org.apertura.platform.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Something a public page shows, with the moment it last changed: the public history (every public change is written
 * to the ledger) and what a module keeps outside it (the national node's reuse list). {@link ReaderLastModified}
 * announces the newest of them all as a page's {@code Last-Modified}; a module that shows readers anything that
 * changes without a ledger entry must declare one, or a cache would be told an old copy is still good.
 */
public interface PageChanges {

    /** When what this source shows last changed; empty when it never has. */
    Optional<Instant> lastChange();
}
