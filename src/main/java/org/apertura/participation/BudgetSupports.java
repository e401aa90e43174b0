package org.apertura.participation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supports of projects during the support phase, exact under concurrency without a hot counter (ADR 0005's shape):
 * a support is one row keyed by project and verified voter, so nobody supports twice, and a count is
 * {@code COUNT(*)} of the rows, with nothing to lose or drift. Who supported what stays here: outputs carry counts.
 */
@Component
class BudgetSupports {

    private final JdbcClient jdbc;

    BudgetSupports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the voter's support; false when they had already supported the project (nothing changes). */
    boolean add(long projectId, long voterId, Instant now) {
        try {
            return jdbc.sql("INSERT INTO pb_support (project_id, voter_id, supported_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")
                    .params(projectId, voterId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update() == 1;
        } catch (DuplicateKeyException raceOnH2) {
            // PostgreSQL never raises here; H2 may when two supports of one voter for one project race.
            return false;
        }
    }

    /** Withdraws the voter's support; false when there was none. */
    boolean withdraw(long projectId, long voterId) {
        return jdbc.sql("DELETE FROM pb_support WHERE project_id = ? AND voter_id = ?").params(projectId, voterId)
                .update() == 1;
    }

    long count(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM pb_support WHERE project_id = ?").param(projectId).query(Long.class)
                .single();
    }

    /** The supports of every supported project of a process, by project id. */
    Map<Long, Long> counts(long processId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT s.project_id, COUNT(*) FROM pb_support s JOIN pb_project p ON p.id = s.project_id "
                + "WHERE p.process_id = ? GROUP BY s.project_id").param(processId)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The projects the voter supports (shown only to them). */
    List<Long> supportedBy(long voterId) {
        return jdbc.sql("SELECT project_id FROM pb_support WHERE voter_id = ?").param(voterId).query(Long.class)
                .list();
    }

    /**
     * Records, once, that the project reached the threshold: true only for the one transaction that records it
     * (a guarded update, so two supports crossing the threshold together write it once). The caller marks its
     * loaded project too, so that saving it never writes the moment back to empty.
     */
    boolean markSelected(long projectId, Instant now) {
        return jdbc.sql("UPDATE pb_project SET selected_at = ? WHERE id = ? AND selected_at IS NULL")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), projectId).update() == 1;
    }
}
