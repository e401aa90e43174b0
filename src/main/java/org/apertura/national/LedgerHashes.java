package org.apertura.national;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hash of every ledger entry of each member the node has verified ({@code national_ledger_hash}). */
@Component
class LedgerHashes {

    private final JdbcTemplate jdbc;

    LedgerHashes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored hashes of entries {@code from < seq <= to}. */
    Map<Long, String> between(long memberId, long from, long to) {
        Map<Long, String> out = new HashMap<>();
        jdbc.query("SELECT seq, hash FROM national_ledger_hash WHERE member_id = ? AND seq > ? AND seq <= ?",
                rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                }, memberId, from, to);
        return out;
    }

    void add(long memberId, List<ChainEntry> entries) {
        jdbc.batchUpdate("INSERT INTO national_ledger_hash (member_id, seq, hash) VALUES (?, ?, ?)", entries, 500,
                (ps, e) -> {
                    ps.setLong(1, memberId);
                    ps.setLong(2, e.seq());
                    ps.setString(3, e.hash());
                });
    }
}
