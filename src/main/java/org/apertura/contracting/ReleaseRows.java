package org.apertura.contracting;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.apertura.platform.PostgresCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes a batch of published releases to {@code ocds_release} in the caller's transaction: with PostgreSQL's COPY
 * in its text format (a batch of 500 releases of 10 kB is one round trip, no statement per row), elsewhere (H2) as a JDBC batch.
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
            copyBinary(jdbc, "ocds_record", ProcessRecord.COLUMNS, rows);
        }
    }

    /** COPY of the rows (values of {@code columns} in order, as {@link #appendRow} writes them) in text format. */
    static void copy(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        PostgresCopy.copy(jdbc, table, columns, new RowsStream(rows, false), "text");
    }

    /**
     * COPY of the rows in PostgreSQL's binary format ({@link #appendBinaryRow}): each cell's length, then its
     * bytes, so neither side scans the JSON for characters to escape. In text format PostgreSQL parsed every byte
     * of the releases' and records' JSON (tens of kB per release); as binary it takes each cell whole, about
     * 40 % less of its time per release in {@code psql} on the benchmark's releases. The Java types of a row must
     * match the columns' types ({@link #appendBinaryRow}).
     */
    static void copyBinary(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        PostgresCopy.copy(jdbc, table, columns, new RowsStream(rows, true), "binary");
    }

    /** Pairs of ocid and release id looked up together on H2 (PostgreSQL takes them as two arrays). */
    private static final int PAIRS = 500;

    /**
     * Gives {@code found(ocid, release id, sha256)} for each stored release among the pairs (ocid, release id),
     * each pair looked up through the unique index {@code ocds_release_uk}, which the planner uses whatever the
     * table's statistics say: one unique key is one row. Asking by ocid alone ({@code ocid IN (…)}) planned a
     * sequential scan of the whole table per batch during a large import, whose rows the statistics did not count yet.
     */
    void storedSha(List<String> ocids, List<String> releaseIds, RowCallbackHandler found) {
        if (ocids.isEmpty()) {
            return;
        }
        if (copies()) {
            jdbc.query("SELECT r.ocid, r.release_id, r.sha256 FROM unnest(?, ?) AS k(ocid, release_id) "
                    + "JOIN ocds_release r ON r.ocid = k.ocid AND r.release_id = k.release_id", ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("varchar", ocids.toArray()));
                        ps.setArray(2, ps.getConnection().createArrayOf("varchar", releaseIds.toArray()));
                    }, found);
            return;
        }
        for (int from = 0; from < ocids.size(); from += PAIRS) {
            int to = Math.min(ocids.size(), from + PAIRS);
            Object[] args = new Object[2 * (to - from)];
            for (int i = from; i < to; i++) {
                args[2 * (i - from)] = ocids.get(i);
                args[2 * (i - from) + 1] = releaseIds.get(i);
            }
            jdbc.query("SELECT ocid, release_id, sha256 FROM ocds_release WHERE (ocid, release_id) IN ("
                    + String.join(", ", Collections.nCopies(to - from, "(?, ?)")) + ")", found, args);
        }
    }

    /**
     * Gives {@code found(ocid, buyer slug, OCDS version)} for each stored record among the ocids, each looked up
     * by its primary key: on PostgreSQL as one array, so the plan does not hang on the table's statistics either
     * (an {@code IN} list of hundreds is costed as a fraction of a table the statistics may not have counted yet).
     */
    void storedRecords(List<String> ocids, RowCallbackHandler found) {
        if (ocids.isEmpty()) {
            return;
        }
        if (copies()) {
            jdbc.query("SELECT r.ocid, r.buyer_slug, r.ocds_version FROM unnest(?) AS k(ocid) "
                    + "JOIN ocds_record r ON r.ocid = k.ocid",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ocids.toArray())), found);
            return;
        }
        for (int from = 0; from < ocids.size(); from += PAIRS) {
            List<String> part = ocids.subList(from, Math.min(ocids.size(), from + PAIRS));
            jdbc.query("SELECT ocid, buyer_slug, ocds_version FROM ocds_record WHERE ocid IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", found, part.toArray());
        }
    }

    /** Inserts the rows, each with the values of {@link #COLUMNS} in order ({@code release_json} as UTF-8 bytes). */
    void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copies()) {
            copyBinary(jdbc, "ocds_release", COLUMNS, rows);
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

    /**
     * The rows in COPY's text or binary format, written row by row as COPY reads them: a batch is never copied
     * whole.
     */
    private static final class RowsStream extends InputStream {
        private final List<Object[]> rows;
        private final boolean binary;
        private final Buffer buffer = new Buffer();
        private int next;
        private int at;
        private boolean ended;

        RowsStream(List<Object[]> rows, boolean binary) {
            this.rows = rows;
            this.binary = binary;
            if (binary) {
                buffer.writeBytes(BINARY_HEADER);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (at == buffer.size()) {
                if (next == rows.size() && (!binary || ended)) {
                    return -1;
                }
                buffer.reset();
                at = 0;
                if (next == rows.size()) {
                    buffer.writeShort(-1); // the binary format's trailer
                    ended = true;
                } else if (binary) {
                    appendBinaryRow(buffer, rows.get(next++));
                } else {
                    appendRow(buffer, rows.get(next++));
                }
            }
            int n = Math.min(length, buffer.size() - at);
            System.arraycopy(buffer.bytes(), at, target, offset, n);
            at += n;
            return n;
        }
    }

    /**
     * One row in COPY's text format: cells separated by tabs, {@code \N} for null, a backslash before each
     * backslash and as {@code \n}, {@code \r}, {@code \t} for those characters. JSON given as UTF-8 bytes
     * (tens of kB per record) rarely holds any of them (compact JSON escapes control characters, and a backslash
     * only shows in an escape), so it is copied in runs found a word at a time, not byte by byte: CSV doubled its
     * thousands of quotes instead (ADR 0075).
     */
    static void appendRow(Buffer out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object value = row[i];
            if (value == null) {
                out.write('\\');
                out.write('N');
            } else if (value instanceof byte[] utf8) {
                out.escaped(utf8, utf8.length);
            } else if (value instanceof Buffer utf8) {
                out.escaped(utf8.bytes(), utf8.size());
            } else if (value instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.escaped(utf8, utf8.length);
            } else if (value instanceof BigDecimal amount) {
                out.writeBytes(amount.toPlainString().getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof OffsetDateTime time) {
                out.writeBytes(time.toInstant().toString().getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof Instant || value instanceof Number || value instanceof Boolean) {
                out.writeBytes(value.toString().getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] utf8 = value.toString().getBytes(StandardCharsets.UTF_8);
                out.escaped(utf8, utf8.length);
            }
        }
        out.write('\n');
    }

    /** The binary format's signature, flags and header extension length. */
    private static final byte[] BINARY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in seconds from Java's. */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    /**
     * One row in COPY's binary format: the number of cells, then each cell's length ({@code -1} for null) and
     * bytes in the column type's binary form. Text ({@code String}, and JSON as UTF-8 {@code byte[]} or
     * {@link Buffer}) goes to varchar and text columns as it is; {@code OffsetDateTime} and {@code Instant} to
     * timestamptz (microseconds since 2000, rounded as PostgreSQL rounds text); {@code Integer} to integer,
     * {@code Long} to bigint, {@code BigDecimal} to numeric.
     */
    static void appendBinaryRow(Buffer out, Object[] row) {
        out.writeShort(row.length);
        for (Object value : row) {
            if (value == null) {
                out.writeInt(-1);
            } else if (value instanceof byte[] utf8) {
                out.writeInt(utf8.length);
                out.write(utf8, 0, utf8.length);
            } else if (value instanceof Buffer utf8) {
                out.writeInt(utf8.size());
                out.write(utf8.bytes(), 0, utf8.size());
            } else if (value instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8, 0, utf8.length);
            } else if (value instanceof OffsetDateTime time) {
                out.writeInt(8);
                out.writeLong(postgresMicros(time.toInstant()));
            } else if (value instanceof Instant time) {
                out.writeInt(8);
                out.writeLong(postgresMicros(time));
            } else if (value instanceof Integer number) {
                out.writeInt(4);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeInt(8);
                out.writeLong(number);
            } else if (value instanceof BigDecimal amount) {
                writeNumeric(out, amount);
            } else {
                throw new IllegalArgumentException("no binary COPY form for " + value.getClass());
            }
        }
    }

    static long postgresMicros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond() - POSTGRES_EPOCH, 1_000_000L),
                (long) Math.rint(time.getNano() / 1000.0));
    }

    /**
     * A numeric in PostgreSQL's binary form: the number of base-10000 digits, the weight of the first (its power
     * of 10000), the sign, the decimal places shown, then the digits, most significant first.
     */
    static void writeNumeric(Buffer out, BigDecimal amount) {
        String plain = amount.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        // Both parts padded with zeros to whole groups of four decimal digits, aligned on the point.
        String digits = "0".repeat((4 - whole.length() % 4) % 4) + whole + fraction
                + "0".repeat((4 - fraction.length() % 4) % 4);
        int groups = digits.length() / 4;
        int weight = (whole.length() + 3) / 4 - 1;
        int first = 0;
        while (first < groups && digits.startsWith("0000", first * 4)) {
            first++;
        }
        int last = groups;
        while (last > first && digits.startsWith("0000", (last - 1) * 4)) {
            last--;
        }
        int count = last - first;
        out.writeInt(8 + 2 * count);
        out.writeShort(count);
        out.writeShort(count == 0 ? 0 : weight - first);
        out.writeShort(amount.signum() < 0 ? 0x4000 : 0);
        out.writeShort(fraction.length());
        for (int g = first; g < last; g++) {
            out.writeShort(Integer.parseInt(digits, g * 4, g * 4 + 4, 10));
        }
    }

    /** A byte buffer whose array is read in place. */
    static final class Buffer extends ByteArrayOutputStream {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;
        private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
        private static final long SPACES = 0x2020202020202020L;

        Buffer() {
            super(1 << 15);
        }

        Buffer(int size) {
            super(size);
        }

        byte[] bytes() {
            return buf;
        }

        void writeShort(int value) {
            ensure(2);
            buf[count++] = (byte) (value >>> 8);
            buf[count++] = (byte) value;
        }

        void writeInt(int value) {
            ensure(4);
            buf[count++] = (byte) (value >>> 24);
            buf[count++] = (byte) (value >>> 16);
            buf[count++] = (byte) (value >>> 8);
            buf[count++] = (byte) value;
        }

        void writeLong(long value) {
            writeInt((int) (value >>> 32));
            writeInt((int) value);
        }

        /** The bytes as a cell of COPY's text format (see {@link ReleaseRows#appendRow}). */
        void escaped(byte[] utf8, int size) {
            ensure(size + 16);
            int from = 0;
            int i = 0;
            while (i < size) {
                int special = nextSpecial(utf8, i, size);
                if (special == size) {
                    break;
                }
                append(utf8, from, special - from);
                byte b = utf8[special];
                ensure(2);
                buf[count++] = '\\';
                buf[count++] = switch (b) {
                    case '\n' -> (byte) 'n';
                    case '\r' -> (byte) 'r';
                    case '\t' -> (byte) 't';
                    case '\\' -> (byte) '\\';
                    default -> b; // another control character: itself after a backslash is itself
                };
                from = special + 1;
                i = special + 1;
            }
            append(utf8, from, size - from);
        }

        /**
         * The index of the first byte at or after {@code from} that is a backslash or below a space, or
         * {@code size}. Eight bytes at a time: a word holds such a byte exactly when the classic "has a zero byte"
         * test finds one in the word xor backslashes, or "has a byte below n" finds one below a space (bytes of
         * multi-byte characters, 0x80 and above, never match either).
         */
        static int nextSpecial(byte[] bytes, int from, int size) {
            int i = from;
            for (; i + 8 <= size; i += 8) {
                long word = (long) LONGS.get(bytes, i);
                long backslash = word ^ BACKSLASHES;
                long found = ((backslash - ONES) & ~backslash | (word - SPACES) & ~word) & HIGHS;
                if (found != 0) {
                    break;
                }
            }
            for (; i < size; i++) {
                byte b = bytes[i];
                if (b == '\\' || b >= 0 && b < 0x20) {
                    return i;
                }
            }
            return size;
        }

        private void append(byte[] bytes, int from, int length) {
            ensure(length);
            System.arraycopy(bytes, from, buf, count, length);
            count += length;
        }

        private void ensure(int more) {
            if (buf.length - count < more) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }
}
