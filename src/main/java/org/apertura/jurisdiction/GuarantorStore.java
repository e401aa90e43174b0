package org.apertura.jurisdiction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plain SQL over {@code guarantor_authority} and {@code guarantor_assignment}. */
@Component
class GuarantorStore {

    private static final String AUTHORITY = "select a.institution_id, i.slug, i.name, i.acronym, j.slug as j_slug, "
            + "j.name as j_name, a.kind, a.legal_basis, a.valid_from, a.valid_to, a.successor_institution_id, "
            + "s.slug as s_slug, s.name as s_name, a.succession_basis, a.note from guarantor_authority a "
            + "join institution i on i.id = a.institution_id join jurisdiction j on j.id = i.jurisdiction_id "
            + "left join institution s on s.id = a.successor_institution_id ";

    private static final String ASSIGNMENT = "select g.id, g.jurisdiction_id, j.slug as j_slug, j.name as j_name, "
            + "g.subject_kind, g.institution_id, o.slug as o_slug, o.name as o_name, g.authority_institution_id, "
            + "a.slug as a_slug, a.name as a_name, g.valid_from, g.valid_to, g.legal_basis from guarantor_assignment g "
            + "join jurisdiction j on j.id = g.jurisdiction_id join institution a on a.id = g.authority_institution_id "
            + "left join institution o on o.id = g.institution_id ";

    private final JdbcClient jdbc;

    GuarantorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GuarantorAuthority> authorities() {
        return jdbc.sql(AUTHORITY + "order by j.name, i.name").query(GuarantorStore::authority).list();
    }

    Optional<GuarantorAuthority> authority(long institutionId) {
        return jdbc.sql(AUTHORITY + "where a.institution_id = ?").param(institutionId)
                .query(GuarantorStore::authority).optional();
    }

    List<GuarantorAssignment> assignments() {
        return jdbc.sql(ASSIGNMENT + "order by j.name, g.subject_kind, o.name, g.valid_from nulls first, g.id")
                .query(GuarantorStore::assignment).list();
    }

    void insertAuthority(long institutionId, GuarantorKind kind, String basis, LocalDate from, LocalDate to,
            String note, Instant now) {
        jdbc.sql("insert into guarantor_authority (institution_id, kind, legal_basis, valid_from, valid_to, note, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(institutionId, kind.name(), basis, from, to, note, utc(now), utc(now)).update();
    }

    void updateAuthority(long institutionId, GuarantorKind kind, String basis, LocalDate from, LocalDate to,
            String note, Instant now) {
        jdbc.sql("update guarantor_authority set kind = ?, legal_basis = ?, valid_from = ?, valid_to = ?, note = ?, "
                        + "updated_at = ? where institution_id = ?")
                .params(kind.name(), basis, from, to, note, utc(now), institutionId).update();
    }

    void succession(long institutionId, LocalDate lastDay, long successorId, String basis, Instant now) {
        jdbc.sql("update guarantor_authority set valid_to = ?, successor_institution_id = ?, succession_basis = ?, "
                        + "updated_at = ? where institution_id = ?")
                .params(lastDay, successorId, basis, utc(now), institutionId).update();
    }

    long insertAssignment(long jurisdictionId, Branch kind, Long institutionId, long authorityId, LocalDate from,
            LocalDate to, String basis, Instant now, String by) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into guarantor_assignment (jurisdiction_id, subject_kind, institution_id, "
                        + "authority_institution_id, valid_from, valid_to, legal_basis, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(jurisdictionId, kind == null ? null : kind.name(), institutionId, authorityId, from, to, basis,
                        utc(now), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void closeAssignment(long id, LocalDate validTo) {
        jdbc.sql("update guarantor_assignment set valid_to = ? where id = ?").params(validTo, id).update();
    }

    /** The authorities written by the migration and not yet announced in the public history. */
    List<GuarantorAuthority> unannounced() {
        return jdbc.sql(AUTHORITY + "where a.migrated = true order by i.name").query(GuarantorStore::authority).list();
    }

    void announced() {
        jdbc.sql("update guarantor_authority set migrated = false where migrated = true").update();
    }

    private static GuarantorAuthority authority(ResultSet rs, int row) throws SQLException {
        long successor = rs.getLong("successor_institution_id");
        Long successorId = rs.wasNull() ? null : successor;
        return new GuarantorAuthority(rs.getLong("institution_id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("acronym"), rs.getString("j_slug"), rs.getString("j_name"),
                GuarantorKind.valueOf(rs.getString("kind")), rs.getString("legal_basis"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), successorId,
                rs.getString("s_slug"), rs.getString("s_name"), rs.getString("succession_basis"), rs.getString("note"));
    }

    private static GuarantorAssignment assignment(ResultSet rs, int row) throws SQLException {
        long institution = rs.getLong("institution_id");
        Long institutionId = rs.wasNull() ? null : institution;
        String kind = rs.getString("subject_kind");
        return new GuarantorAssignment(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("j_slug"),
                rs.getString("j_name"), kind == null ? null : Branch.valueOf(kind), institutionId,
                rs.getString("o_slug"), rs.getString("o_name"), rs.getLong("authority_institution_id"),
                rs.getString("a_slug"), rs.getString("a_name"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("legal_basis"));
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
