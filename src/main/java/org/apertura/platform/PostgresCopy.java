package org.apertura.platform;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk inserts with PostgreSQL's {@code COPY … FROM STDIN} (CSV), in the caller's transaction, through the driver's
 * copy API found by reflection (the driver is a runtime dependency). Other databases (H2) do not have it: ask
 * {@link #available} first and insert otherwise.
 */
public final class PostgresCopy {

    private PostgresCopy() {
    }

    /** Whether the connection is PostgreSQL's. */
    public static boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /**
     * Appends one row as CSV in UTF-8: null is an empty unquoted cell (NULL), text is quoted, {@code byte[]} is text
     * already in UTF-8 (quoted as it is: a quote byte never occurs inside a multi-byte character), numbers plain,
     * date-times as ISO-8601 instants.
     */
    public static void appendRow(ByteArrayOutputStream csv, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            Object value = row[i];
            if (value instanceof String text) {
                quoted(csv, text.getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof byte[] utf8) {
                quoted(csv, utf8);
            } else if (value instanceof BigDecimal amount) {
                csv.writeBytes(amount.toPlainString().getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof OffsetDateTime time) {
                csv.writeBytes(time.toInstant().toString().getBytes(StandardCharsets.US_ASCII));
            } else if (value != null) {
                csv.writeBytes(value.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        csv.write('\n');
    }

    private static void quoted(ByteArrayOutputStream csv, byte[] utf8) {
        csv.write('"');
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '"') {
                csv.write(utf8, from, i + 1 - from);
                csv.write('"');
                from = i + 1;
            }
        }
        csv.write(utf8, from, utf8.length - from);
        csv.write('"');
    }

    /** Runs {@code COPY table (columns) FROM STDIN WITH (FORMAT csv)} with the rows of {@code csv} (UTF-8). */
    public static void copy(JdbcTemplate jdbc, String table, List<String> columns, InputStream csv) {
        copy(jdbc, table, columns, csv, "csv");
    }

    /**
     * Runs {@code COPY table (columns) FROM STDIN WITH (FORMAT format)} with {@code rows} (UTF-8) in that format:
     * {@code csv}, {@code text} (tab-separated, {@code \N} for null, backslash escapes) or {@code binary}
     * (PostgreSQL's own: each cell's length and bytes in its type's binary form).
     */
    public static void copy(JdbcTemplate jdbc, String table, List<String> columns, InputStream rows, String format) {
        if (!format.equals("csv") && !format.equals("text") && !format.equals("binary")) {
            throw new IllegalArgumentException("COPY format " + format);
        }
        jdbc.execute((Connection connection) -> {
            copy(connection, table, columns, rows, format);
            return null;
        });
    }

    /** {@link #copy(JdbcTemplate, String, List, InputStream, String)} on a connection the caller holds. */
    public static void copy(Connection connection, String table, List<String> columns, InputStream rows,
            String format) throws SQLException {
        if (!format.equals("csv") && !format.equals("text") && !format.equals("binary")) {
            throw new IllegalArgumentException("COPY format " + format);
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT " + format + ")";
        try {
            Object pg = connection.unwrap(Class.forName("org.postgresql.PGConnection"));
            Object api = pg.getClass().getMethod("getCopyAPI").invoke(pg);
            api.getClass().getMethod("copyIn", String.class, InputStream.class).invoke(api, sql, rows);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof SQLException failed ? failed : new SQLException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("PostgreSQL's copy API is not available", e);
        }
    }
}
