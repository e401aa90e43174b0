package org.apertura.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A {@link PageChanges} source whose mark is read from the database and remembered for
 * {@code apertura.reader-pages.recheck} ({@link RecentMark}, docs/adr/0063 and 0070): the ledger's head, the
 * follower counts, the votes under comments. A subclass says how to read its mark ({@link #readMark()}) and calls
 * {@link #changed()} after a transaction of this node that changed it ends (or {@link #changingInThisTransaction()}
 * in it); the rest is the same for all of them.
 */
public abstract class RecheckedPageChanges implements PageChanges {

    private final RecentMark recent;

    protected RecheckedPageChanges(Duration recheck) {
        this.recent = new RecentMark(this::readMark, recheck);
    }

    /** The mark as the database has it now. */
    protected abstract Mark readMark();

    @Override
    public final Optional<Instant> lastChange() {
        return Optional.ofNullable(mark().at());
    }

    @Override
    public final Mark mark() {
        return recent.read();
    }

    @Override
    public final Mark recentMark() {
        return recent.recent();
    }

    /** A transaction of this node that changed the mark has ended (committed or not): the next check reads it. */
    protected final void changed() {
        recent.changed();
    }

    /**
     * Called in a transaction that changes the mark: the next check reads it again, now and once the transaction has
     * ended (committed or not), so this node's readers never get a page older than its own change.
     */
    protected final void changingInThisTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        }
        changed();
    }
}
