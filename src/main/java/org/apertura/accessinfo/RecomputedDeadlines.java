package org.apertura.accessinfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.apertura.platform.PostgresCopy;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * What a calendar change writes for a chunk of requests, in as few statements as the database allows (docs/adr/0085).
 * The requests are read only ({@link AccessRequestRepository#readOnlyByIds}), so Hibernate never writes one back
 * whole: each changed request gets only its recomputed columns (due date, clarification due date, calendar version)
 * and its version incremented, as Hibernate's optimistic lock would, in one {@code UPDATE … FROM unnest(arrays)} per
 * chunk on PostgreSQL and a JDBC batch of narrow {@code UPDATE}s elsewhere (H2); a request changed meanwhile by
 * another transaction fails the change, as Hibernate's stale-state check did. The public steps go in one JDBC batch.
 */
final class RecomputedDeadlines {

    private RecomputedDeadlines() {
    }

    /** A request's recomputed columns as it was read, to tell whether the recompute changed them. */
    record Before(LocalDate dueDate, LocalDate clarificationDue, String calendarVersion) {

        static Before of(AccessRequest r) {
            return new Before(r.getDueDate(), r.getClarificationDue(), r.getCalendarVersion());
        }

        boolean changedIn(AccessRequest r) {
            return !Objects.equals(dueDate, r.getDueDate()) || !Objects.equals(clarificationDue, r.getClarificationDue())
                    || !Objects.equals(calendarVersion, r.getCalendarVersion());
        }
    }

    /**
     * Writes the recomputed columns of {@code changed} (requests read with {@link AccessRequestRepository#readOnlyByIds}
     * and recomputed in memory) and increments their versions, provided each still has the version it was read with.
     */
    static void write(Connection connection, List<AccessRequest> changed, boolean postgres) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        int updated;
        if (postgres) {
            int n = changed.size();
            Long[] ids = new Long[n];
            Long[] versions = new Long[n];
            String[] due = new String[n];
            String[] clarificationDue = new String[n];
            String[] calendarVersions = new String[n];
            for (int i = 0; i < n; i++) {
                AccessRequest r = changed.get(i);
                ids[i] = r.getId();
                versions[i] = r.version();
                due[i] = r.getDueDate() == null ? null : r.getDueDate().toString();
                clarificationDue[i] = r.getClarificationDue() == null ? null : r.getClarificationDue().toString();
                calendarVersions[i] = r.getCalendarVersion();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE access_request r SET "
                    + "due_date = v.due_date::date, clarification_due = v.clarification_due::date, "
                    + "calendar_version = v.calendar_version, version = r.version + 1 "
                    + "FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) "
                    + "AS v(id, version, due_date, clarification_due, calendar_version) "
                    + "WHERE r.id = v.id AND r.version = v.version")) {
                update.setArray(1, connection.createArrayOf("bigint", ids));
                update.setArray(2, connection.createArrayOf("bigint", versions));
                update.setArray(3, connection.createArrayOf("text", due));
                update.setArray(4, connection.createArrayOf("text", clarificationDue));
                update.setArray(5, connection.createArrayOf("text", calendarVersions));
                updated = update.executeUpdate();
            }
        } else {
            try (PreparedStatement update = connection.prepareStatement("UPDATE access_request SET due_date = ?, "
                    + "clarification_due = ?, calendar_version = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                for (AccessRequest r : changed) {
                    update.setObject(1, r.getDueDate(), Types.DATE);
                    update.setObject(2, r.getClarificationDue(), Types.DATE);
                    update.setString(3, r.getCalendarVersion());
                    update.setLong(4, r.getId());
                    update.setLong(5, r.version());
                    update.addBatch();
                }
                updated = 0;
                for (int count : update.executeBatch()) {
                    updated += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : count;
                }
            }
        }
        if (updated != changed.size()) {
            throw new ObjectOptimisticLockingFailureException(AccessRequest.class, changed.get(0).getId(),
                    new IllegalStateException((changed.size() - updated) + " of " + changed.size()
                            + " requests changed by another transaction while their deadlines were recomputed"));
        }
    }

    /** The columns of a public step, as {@link #insertSteps} writes them. */
    private static final List<String> STEP_COLUMNS = List.of("request_id", "type", "at", "actor", "basis", "note",
            "term", "term_days", "term_from", "due_date", "calendar_version");

    /**
     * Inserts public steps in order (as {@link RequestEventRepository#save} would, one by one): with one {@code COPY} on
     * PostgreSQL (docs/adr/0091), in one JDBC batch elsewhere (H2).
     */
    static void insertSteps(Connection connection, List<RequestEvent> steps, boolean postgres) throws SQLException {
        if (steps.isEmpty()) {
            return;
        }
        if (postgres) {
            java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream(steps.size() * 160);
            for (RequestEvent e : steps) {
                PostgresCopy.appendRow(csv, new Object[] {e.getRequestId(), e.getType().getKey(),
                    e.getAt().atOffset(ZoneOffset.UTC), e.getActor(), e.getBasis(), e.getNote(),
                    e.getTerm() == null ? null : e.getTerm().getKey(), e.getTermDays(), e.getTermFrom(),
                    e.getDueDate(), e.getCalendarVersion()});
            }
            PostgresCopy.copy(connection, "request_event", STEP_COLUMNS,
                    new java.io.ByteArrayInputStream(csv.toByteArray()), "csv");
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO request_event (request_id, type, at, "
                + "actor, basis, note, term, term_days, term_from, due_date, calendar_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RequestEvent e : steps) {
                insert.setLong(1, e.getRequestId());
                insert.setString(2, e.getType().getKey());
                insert.setObject(3, e.getAt().atOffset(ZoneOffset.UTC));
                insert.setString(4, e.getActor());
                insert.setString(5, e.getBasis());
                insert.setString(6, e.getNote());
                insert.setString(7, e.getTerm() == null ? null : e.getTerm().getKey());
                insert.setObject(8, e.getTermDays(), Types.INTEGER);
                insert.setObject(9, e.getTermFrom(), Types.DATE);
                insert.setObject(10, e.getDueDate(), Types.DATE);
                insert.setString(11, e.getCalendarVersion());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
