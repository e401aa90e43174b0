package org.apertura.ledger;

import java.util.List;
import java.util.function.Predicate;

/**
 * The entries a transaction appended, in chain order, published once per transaction just before it commits (inside
 * it, so what a listener writes commits with the change or not at all), so other modules react to a batch of
 * thousands of entries (a calendar change moving every deadline) with a few queries, not a few per entry. A listener
 * that appends in turn gets its own entries in a further event, still before the commit. Listeners after the commit
 * ({@code @TransactionalEventListener(phase = AFTER_COMMIT)}) receive the same event once the change is kept.
 */
public record LedgerEntriesAppended(List<LedgerEntryAppended> entries) {

    public LedgerEntriesAppended {
        entries = List.copyOf(entries);
    }

    /** The entries that match, in chain order. */
    public List<LedgerEntryAppended> where(Predicate<LedgerEntryAppended> test) {
        return entries.stream().filter(test).toList();
    }
}
