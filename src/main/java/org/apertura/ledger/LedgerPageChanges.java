package org.apertura.ledger;

import java.sql.Timestamp;
import java.util.List;
import org.apertura.platform.PlatformProperties;
import org.apertura.platform.web.RecheckedPageChanges;
import org.apertura.platform.web.RecentMark;
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
 * (docs/adr/0063). A change committed on another node shows on this node's kept pages within that time; one reader
 * renews the read ahead of time while the others keep answering it ({@link RecentMark}, docs/adr/0070).
 */
@Component
class LedgerPageChanges extends RecheckedPageChanges {

    private final JdbcTemplate jdbc;

    LedgerPageChanges(JdbcTemplate jdbc, PlatformProperties settings) {
        super(settings.readerPages().recheck());
        this.jdbc = jdbc;
    }

    /** The head's sequence and when its entry was recorded. */
    @Override
    protected Mark readMark() {
        List<Mark> head = jdbc.query("SELECT h.last_seq, e.recorded_at FROM ledger_head h LEFT JOIN ledger_entry e"
                + " ON e.seq = h.last_seq WHERE h.id = 1", (row, n) -> {
                    Timestamp recorded = row.getTimestamp(2);
                    return new Mark(recorded == null ? null : recorded.toInstant(), "ledger:" + row.getLong(1));
                });
        return head.isEmpty() ? new Mark(null, "ledger:none") : head.get(0);
    }

    /** A transaction of this node that appended has ended (committed or not): the next check reads the head. */
    void appended() {
        changed();
    }
}
