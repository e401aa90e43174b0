package org.apertura.participation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The paper counts of a consultation's polling tables (ADR 0054): one per table, never changed. */
@Component
class ConsultationTallies {

    private final JdbcClient jdbc;

    ConsultationTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the table already has a paper count in the consultation. */
    boolean counted(long consultationId, String tableSlug) {
        return jdbc.sql("SELECT COUNT(*) FROM pc_table_tally WHERE consultation_id = ? AND table_slug = ?")
                .params(consultationId, tableSlug).query(Long.class).single() > 0;
    }

    /** Stores a table's count; the unique key refuses two officials counting the same table at once. */
    long add(long consultationId, long districtId, String tableSlug, ConsultationTally.Entry entry, String actSha256,
            String actType, Instant now) {
        jdbc.sql("INSERT INTO pc_table_tally (consultation_id, district_id, table_slug, table_name, act_reference, "
                + "act_sha256, act_type, received, valid, void, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(consultationId, districtId, tableSlug, entry.tableName().strip(), entry.actReference().strip(),
                        actSha256, actType, entry.received(), entry.valid(), entry.voided(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        long id = jdbc.sql("SELECT id FROM pc_table_tally WHERE consultation_id = ? AND table_slug = ?")
                .params(consultationId, tableSlug).query(Long.class).single();
        for (Map.Entry<Long, Integer> v : entry.votes().entrySet()) {
            if (v.getValue() > 0) {
                jdbc.sql("INSERT INTO pc_table_tally_vote (tally_id, option_id, votes) VALUES (?, ?, ?)")
                        .params(id, v.getKey(), v.getValue()).update();
            }
        }
        return id;
    }

    /** Every table count of the consultation, by table name. */
    List<ConsultationTally> of(long consultationId) {
        Map<Long, Map<Long, Integer>> votes = new LinkedHashMap<>();
        jdbc.sql("SELECT v.tally_id, v.option_id, v.votes FROM pc_table_tally_vote v JOIN pc_table_tally t "
                + "ON t.id = v.tally_id WHERE t.consultation_id = ?").param(consultationId).query(rs -> {
                    votes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return jdbc.sql("SELECT id, consultation_id, district_id, table_slug, table_name, act_reference, act_sha256, "
                + "act_type, received, valid, void, entered_at FROM pc_table_tally WHERE consultation_id = ? "
                + "ORDER BY table_name, id").param(consultationId)
                .query((rs, i) -> new ConsultationTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getInt(10), rs.getInt(11), rs.getObject(12, OffsetDateTime.class).toInstant(),
                        Map.copyOf(votes.getOrDefault(rs.getLong(1), Map.of())))).list();
    }
}
