package org.apertura.platform;

import java.io.Reader;
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
     * Appends one row as CSV: null is an empty unquoted cell (NULL), text is quoted, numbers plain, date-times as
     * ISO-8601 instants.
     */
    public static void appendRow(StringBuilder csv, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = row[i];
            if (value instanceof String text) {
                csv.append('"');
                if (text.indexOf('"') < 0) {
                    csv.append(text);
                } else {
                    csv.append(text.replace("\"", "\"\""));
                }
                csv.append('"');
            } else if (value instanceof BigDecimal amount) {
                csv.append(amount.toPlainString());
            } else if (value instanceof OffsetDateTime time) {
                csv.append(time.toInstant());
            } else if (value != null) {
                csv.append(value);
            }
        }
        csv.append('\n');
    }

    /** Runs {@code COPY table (columns) FROM STDIN WITH (FORMAT csv)} with the rows of {@code csv}. */
    public static void copy(JdbcTemplate jdbc, String table, List<String> columns, Reader csv) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        jdbc.execute((Connection connection) -> {
            try {
                Object pg = connection.unwrap(Class.forName("org.postgresql.PGConnection"));
                Object api = pg.getClass().getMethod("getCopyAPI").invoke(pg);
                api.getClass().getMethod("copyIn", String.class, Reader.class).invoke(api, sql, csv);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException failed ? failed : new SQLException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new SQLException("PostgreSQL's copy API is not available", e);
            }
            return null;
        });
    }
}
