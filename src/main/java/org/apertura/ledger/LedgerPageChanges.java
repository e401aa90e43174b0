package org.apertura.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.web.PageChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every public change is written to the ledger, so the public history's newest entry is when anything a public page
 * shows from the database last changed (one indexed read of the head's entry per page asked with a date). The head's
 * sequence is the version: appends lock the head until their transaction commits (LedgerService), so a higher
 * sequence is always a later commit, whatever the nodes' clocks say.
 */
@Component
class LedgerPageChanges implements PageChanges {

    private final JdbcTemplate jdbc;

    LedgerPageChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastChange() {
        return Optional.ofNullable(mark().at());
    }

    @Override
    public Mark mark() {
        List<Mark> head = jdbc.query("SELECT h.last_seq, e.recorded_at FROM ledger_head h LEFT JOIN ledger_entry e"
                + " ON e.seq = h.last_seq WHERE h.id = 1", (row, n) -> {
                    Timestamp at = row.getTimestamp(2);
                    return new Mark(at == null ? null : at.toInstant(), "ledger:" + row.getLong(1));
                });
        return head.isEmpty() ? new Mark(null, "ledger:none") : head.get(0);
    }
}
