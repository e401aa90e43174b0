package org.apertura.contracting;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** Where {@code release_json} is in a row: the release's bytes as published, never decoded for COPY. */
    static final int JSON = 7;

    private final JdbcTemplate jdbc;
    private Boolean copy;

    ReleaseRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether rows go in with PostgreSQL's COPY (else, on H2, as JDBC batches). */
    boolean copies() {
        if (copy == null) {
            copy = PostgresCopy.available(jdbc);
        }
        return copy;
    }

    /**
     * Inserts new records with COPY ({@link #copies()} only), each a {@link ProcessRecord#row}: their compiled and
     * versioned releases go to PostgreSQL as the UTF-8 bytes they were written as, never decoded into strings.
     */
    void insertRecords(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            PostgresCopy.copy(jdbc, "ocds_record", ProcessRecord.COLUMNS, new RowsStream(rows));
        }
    }

    /** Inserts the rows, each with the values of {@link #COLUMNS} in order ({@code release_json} as UTF-8 bytes). */
    void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copies()) {
            PostgresCopy.copy(jdbc, "ocds_release", COLUMNS, new RowsStream(rows));
            return;
        }
        List<Object[]> texts = rows.stream().map(row -> {
            Object[] text = row.clone();
            text[JSON] = new String((byte[]) row[JSON], StandardCharsets.UTF_8);
            return text;
        }).toList();
        jdbc.batchUpdate("INSERT INTO ocds_release (" + String.join(", ", COLUMNS) + ") VALUES ("
                + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")", texts, TYPES);
    }

    /** The rows as CSV, written row by row as COPY reads them, so a batch is never one more copy in memory. */
    private static final class RowsStream extends InputStream {
        private final List<Object[]> rows;
        private final Buffer buffer = new Buffer();
        private int next;
        private int at;

        RowsStream(List<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (at == buffer.size()) {
                if (next == rows.size()) {
                    return -1;
                }
                buffer.reset();
                at = 0;
                appendRow(buffer, rows.get(next++));
            }
            int n = Math.min(length, buffer.size() - at);
            System.arraycopy(buffer.bytes(), at, target, offset, n);
            at += n;
            return n;
        }
    }

    /**
     * One row as {@link PostgresCopy#appendRow} writes it, but JSON given as UTF-8 bytes — thousands of quotes,
     * each doubled in CSV — is escaped in one pass into the buffer's array instead of a write per quote.
     */
    static void appendRow(Buffer csv, Object[] row) {
        Object[] one = new Object[1];
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            if (row[i] instanceof byte[] utf8) {
                csv.quoted(utf8, utf8.length);
            } else if (row[i] instanceof Buffer utf8) {
                csv.quoted(utf8.bytes(), utf8.size());
            } else if (row[i] != null) {
                one[0] = row[i];
                PostgresCopy.appendRow(csv, one);
                csv.dropLast(); // the cell's row end
            }
        }
        csv.write('\n');
    }

    /** A byte buffer whose array is read in place. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 15);
        }

        Buffer(int size) {
            super(size);
        }

        byte[] bytes() {
            return buf;
        }

        void dropLast() {
            count--;
        }

        /** The bytes as a quoted CSV cell: in quotes, each quote doubled. */
        void quoted(byte[] utf8, int size) {
            int quotes = 0;
            for (int i = 0; i < size; i++) {
                if (utf8[i] == '"') {
                    quotes++;
                }
            }
            int length = size + quotes + 2;
            if (buf.length - count < length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + length));
            }
            byte[] into = buf;
            int at = count;
            into[at++] = '"';
            for (int i = 0; i < size; i++) {
                byte b = utf8[i];
                into[at++] = b;
                if (b == '"') {
                    into[at++] = '"';
                }
            }
            into[at++] = '"';
            count = at;
        }
    }
}
