package org.apertura.platform;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one shape of a scheduled job's work that must happen once across runs and nodes (issue 19): each piece is
 * claimed in its own transaction together with what it does (the ledger entry, the e-mails, the notices), by a row
 * that only one run can write (an {@code INSERT} into a table keyed by what was done, or an {@code UPDATE … WHERE
 * x IS NULL}). The work answers whether this run made the claim; when it did not, or when a unique key refuses the
 * claim because another run or node made it at the same moment, nothing of it stays and it is not counted.
 */
public final class Claims {

    private Claims() {
    }

    /**
     * Runs {@code work} in its own transaction. True when this run claimed and did it; false when the work found
     * it claimed before, or when a unique key refused its claim (another run got there first; all of it rolls back).
     */
    public static boolean once(TransactionTemplate transactions, BooleanSupplier work) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> work.getAsBoolean()));
        } catch (DataIntegrityViolationException anotherRunClaimedIt) {
            return false;
        }
    }

    /** Runs {@link #once} for each item and returns how many this run claimed and did. */
    public static <T> int each(TransactionTemplate transactions, Iterable<T> items, Predicate<T> work) {
        int done = 0;
        for (T item : items) {
            if (once(transactions, () -> work.test(item))) {
                done++;
            }
        }
        return done;
    }
}
