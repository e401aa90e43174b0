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
 * shows from the database last changed (one indexed read of the head's entry per page asked with a date).
 */
@Component
class LedgerPageChanges implements PageChanges {

    private final JdbcTemplate jdbc;

    LedgerPageChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastChange() {
        List<Timestamp> newest = jdbc.queryForList("SELECT e.recorded_at FROM ledger_entry e JOIN ledger_head h"
                + " ON h.id = 1 AND e.seq = h.last_seq", Timestamp.class);
        return newest.isEmpty() || newest.get(0) == null ? Optional.empty() : Optional.of(newest.get(0).toInstant());
    }
}
