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

    /**
     * The last change and a version that differs after every change, read at once. By default the version is the
     * change's instant; a source whose changes may share an instant, or whose instants may go back (two nodes' clocks),
     * gives a counter instead (the ledger: its head's sequence). {@link ReaderPages} keeps readers' pages by it.
     */
    default Mark mark() {
        Instant at = lastChange().orElse(null);
        return new Mark(at, String.valueOf(at));
    }

    /**
     * {@link #mark()}, possibly as read a moment ago: what {@link ReaderPagesFilter} checks a kept page against on every
     * reader's request without reading the database each time. A source read from the database may answer what it read
     * at most {@code apertura.reader-pages.recheck} ago (a change committed on another node shows within that), but
     * never anything older than a change this node committed (docs/adr/0063). By default the same as {@link #mark()}.
     */
    default Mark recentMark() {
        return mark();
    }

    /** When the source last changed (null: never) and its version. */
    record Mark(Instant at, String version) {
    }
}
