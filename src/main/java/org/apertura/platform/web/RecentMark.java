package org.apertura.platform.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A {@link PageChanges.Mark} read from the database, remembered for {@code apertura.reader-pages.recheck} (1 s) so that
 * {@link PageChanges#recentMark()} costs readers no database read per request (docs/adr/0063), and never older than a
 * change this node committed ({@link #changed()}, called after the changing transaction ends).
 *
 * <p>The remembered read is renewed by <em>one</em> reader, ahead of time: once it is three quarters of the recheck
 * old, the first reader to notice reads the database again while every other reader keeps answering the remembered
 * mark, still younger than the recheck (docs/adr/0070). Before, every reader arriving after the second had passed read
 * the database at once, all of a node's request threads queueing for the pool's ten connections once a second.
 * A reader waits for the database only when the remembered mark is older than the recheck (the renewal took longer
 * than a quarter of it), or after this node's own change.
 */
public final class RecentMark {

    private record Read(PageChanges.Mark mark, long generation, long readAt) {
    }

    private final Supplier<PageChanges.Mark> reader;
    private final long recheckNanos;
    private final long renewNanos;
    /** Moves on after every changing transaction of this node: a read begun before it is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean renewing = new AtomicBoolean();
    private volatile Read last;
    private final LongSupplier nanoTime;

    public RecentMark(Supplier<PageChanges.Mark> reader, Duration recheck) {
        this(reader, recheck, System::nanoTime);
    }

    RecentMark(Supplier<PageChanges.Mark> reader, Duration recheck, LongSupplier nanoTime) {
        this.reader = reader;
        this.nanoTime = nanoTime;
        this.recheckNanos = recheck.toNanos();
        this.renewNanos = recheckNanos - recheckNanos / 4;
    }

    /** The mark read now from the database (and remembered, unless this node changed it meanwhile). */
    public PageChanges.Mark read() {
        long before = generation.get();
        long at = nanoTime.getAsLong();
        PageChanges.Mark mark = reader.get();
        Read known = last;
        if (generation.get() == before && (known == null || known.generation() != before || at - known.readAt() > 0)) {
            last = new Read(mark, before, at);
        }
        return mark;
    }

    /** The mark as read at most the recheck ago and after this node's last change, or read now. */
    public PageChanges.Mark recent() {
        Read known = last;
        if (known == null || known.generation() != generation.get()) {
            return read();
        }
        long age = nanoTime.getAsLong() - known.readAt();
        if (age < renewNanos) {
            return known.mark();
        }
        if (renewing.compareAndSet(false, true)) {
            try {
                return read();
            } finally {
                renewing.set(false);
            }
        }
        return age < recheckNanos ? known.mark() : read();
    }

    /** A transaction of this node that changed the mark has ended (committed or not): the next check reads it. */
    public void changed() {
        generation.incrementAndGet();
    }
}
