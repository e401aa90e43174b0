package org.apertura.ledger;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apertura.platform.web.PageChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every public change is written to the ledger, so the public history's newest entry is when anything a public page
 * shows from the database last changed (one indexed read of the head's entry per page asked with a date). The head's
 * sequence is the version: appends lock the head until their transaction commits (LedgerService), so a higher
 * sequence is always a later commit, whatever the nodes' clocks say.
 *
 * <p>{@link #recentMark()} answers the last read when it is younger than {@code apertura.reader-pages.recheck} (1 s)
 * and no transaction of this node appended since ({@link #appended()}, called by {@link LedgerService} after each
 * appending transaction ends): the kept readers' pages are checked against it without a database read per request
 * (docs/adr/0063). A change committed on another node shows on this node's kept pages within that time.
 */
@Component
class LedgerPageChanges implements PageChanges {

    private record Read(Mark mark, long generation, long readAt) {
    }

    private final JdbcTemplate jdbc;
    private final long recheckNanos;
    /** Moves on after every appending transaction of this node: a read begun before it is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Read last;

    LedgerPageChanges(JdbcTemplate jdbc, @Value("${apertura.reader-pages.recheck:1s}") Duration recheck) {
        this.jdbc = jdbc;
        this.recheckNanos = recheck.toNanos();
    }

    @Override
    public Optional<Instant> lastChange() {
        return Optional.ofNullable(mark().at());
    }

    @Override
    public Mark mark() {
        long before = generation.get();
        long at = System.nanoTime();
        List<Mark> head = jdbc.query("SELECT h.last_seq, e.recorded_at FROM ledger_head h LEFT JOIN ledger_entry e"
                + " ON e.seq = h.last_seq WHERE h.id = 1", (row, n) -> {
                    Timestamp recorded = row.getTimestamp(2);
                    return new Mark(recorded == null ? null : recorded.toInstant(), "ledger:" + row.getLong(1));
                });
        Mark mark = head.isEmpty() ? new Mark(null, "ledger:none") : head.get(0);
        Read known = last;
        if (generation.get() == before && (known == null || known.generation() != before || at - known.readAt() > 0)) {
            last = new Read(mark, before, at);
        }
        return mark;
    }

    @Override
    public Mark recentMark() {
        Read known = last;
        if (known != null && known.generation() == generation.get() && System.nanoTime() - known.readAt() < recheckNanos) {
            return known.mark();
        }
        return mark();
    }

    /** A transaction of this node that appended has ended (committed or not): the next check reads the head. */
    void appended() {
        generation.incrementAndGet();
    }
}
