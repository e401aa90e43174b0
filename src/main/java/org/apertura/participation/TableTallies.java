package org.apertura.participation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The paper counts of the polling tables, every version kept; the current one of each table is the latest. */
@Component
class TableTallies {

    private final JdbcClient jdbc;

    TableTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version of the table in the process, or 0 when it has no count yet. */
    int latestVersion(long processId, String tableSlug) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM pb_table_tally WHERE process_id = ? AND table_slug = ?")
                .params(processId, tableSlug).query(Integer.class).single();
    }

    /** Stores a version; the unique key refuses two officials writing the same version of a table at once. */
    long add(long processId, long districtId, String tableSlug, TableTally.Entry entry, int version, String actSha256,
            String actType, Instant now) {
        jdbc.sql("INSERT INTO pb_table_tally (process_id, district_id, table_slug, table_name, version, act_reference, "
                + "act_sha256, act_type, received, valid, void, reason, entered_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(processId, districtId, tableSlug, entry.tableName().strip(), version,
                        entry.actReference().strip(), actSha256, actType, entry.received(), entry.valid(),
                        entry.voided(), version == 1 ? null : entry.reason().strip(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        long id = jdbc.sql("SELECT id FROM pb_table_tally WHERE process_id = ? AND table_slug = ? AND version = ?")
                .params(processId, tableSlug, version).query(Long.class).single();
        for (Map.Entry<Long, Integer> v : entry.votes().entrySet()) {
            if (v.getValue() > 0) {
                jdbc.sql("INSERT INTO pb_table_tally_vote (tally_id, project_id, votes) VALUES (?, ?, ?)")
                        .params(id, v.getKey(), v.getValue()).update();
            }
        }
        return id;
    }

    /** Every version of every table of the process, by table then version. */
    List<TableTally> all(long processId) {
        Map<Long, Map<Long, Integer>> votes = new LinkedHashMap<>();
        jdbc.sql("SELECT v.tally_id, v.project_id, v.votes FROM pb_table_tally_vote v JOIN pb_table_tally t "
                + "ON t.id = v.tally_id WHERE t.process_id = ?").param(processId).query(rs -> {
                    votes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return new ArrayList<>(jdbc.sql("SELECT id, process_id, district_id, table_slug, table_name, version, "
                + "act_reference, act_sha256, act_type, received, valid, void, reason, entered_at FROM pb_table_tally "
                + "WHERE process_id = ? ORDER BY table_slug, version").param(processId)
                .query((rs, i) -> new TableTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class).toInstant(),
                        Map.copyOf(votes.getOrDefault(rs.getLong(1), Map.of())))).list());
    }

    /** The current (latest) version of each table of the process. */
    List<TableTally> current(long processId) {
        Map<String, TableTally> latest = new LinkedHashMap<>();
        for (TableTally t : all(processId)) {
            latest.put(t.tableSlug(), t);
        }
        return List.copyOf(latest.values());
    }
}
