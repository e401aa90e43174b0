package org.apertura.contracting;

import java.io.Reader;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.apertura.platform.PostgresCopy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch of published releases to {@code ocds_release} in the caller's transaction: with PostgreSQL's COPY
 * (a batch of 500 releases of 10 kB is one round trip, no statement per row), elsewhere (H2) as a JDBC batch.
 */
final class ReleaseRows {

    static final List<String> COLUMNS = List.of("ocid", "release_id", "release_date", "date_text", "tags",
            "ocds_version", "institution_slug", "release_json", "sha256", "package_publisher", "package_uri",
            "package_license", "package_published_date", "package_version", "received_at");
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};

    private final JdbcTemplate jdbc;
    private Boolean copy;

    ReleaseRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the rows, each with the values of {@link #COLUMNS} in order. */
    void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copy == null) {
            copy = PostgresCopy.available(jdbc);
        }
        if (copy) {
            PostgresCopy.copy(jdbc, "ocds_release", COLUMNS, new RowsReader(rows));
            return;
        }
        jdbc.batchUpdate("INSERT INTO ocds_release (" + String.join(", ", COLUMNS) + ") VALUES ("
                + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")", rows, TYPES);
    }

    /** The rows as CSV, written row by row as COPY reads them, so a batch is never one more copy in memory. */
    private static final class RowsReader extends Reader {
        private final List<Object[]> rows;
        private final StringBuilder buffer = new StringBuilder(1 << 15);
        private int next;
        private int at;

        RowsReader(List<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (at == buffer.length()) {
                if (next == rows.size()) {
                    return -1;
                }
                buffer.setLength(0);
                at = 0;
                PostgresCopy.appendRow(buffer, rows.get(next++));
            }
            int n = Math.min(length, buffer.length() - at);
            buffer.getChars(at, at + n, target, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
