package org.apertura.budget;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes an import's lines in the import's transaction, {@value #CHUNK} lines per round trip, so a large state's year
 * goes in at tens of thousands of lines a second: with PostgreSQL's COPY (through the driver's copy API, found by
 * reflection since the driver is a runtime dependency), elsewhere (H2) with multi-row inserts.
 */
final class LineWriter {

    static final int CHUNK = 1000;

    private static final String EXPENDITURE = "INSERT INTO budget_line (snapshot_id, line_no, unit_code, unit_name, "
            + "programme_key, partida, chapter, concept, generic, expense_type, function_code, source_code, geo_code, "
            + "approved, expansions, reductions, modified, committed, accrued, exercised, paid, warnings) VALUES ";
    private static final int EXPENDITURE_COLUMNS = 22;
    private static final String REVENUE = "INSERT INTO budget_revenue_line (snapshot_id, line_no, cri_code, name, "
            + "source_code, estimated, modified, accrued, collected, warnings) VALUES ";
    private static final int REVENUE_COLUMNS = 10;

    private final JdbcTemplate jdbc;
    private final long snapshotId;
    private final List<Object[]> pending = new ArrayList<>(CHUNK);
    private final boolean revenue;
    private Boolean postgres;

    LineWriter(JdbcTemplate jdbc, long snapshotId, boolean revenue) {
        this.jdbc = jdbc;
        this.snapshotId = snapshotId;
        this.revenue = revenue;
    }

    long snapshotId() {
        return snapshotId;
    }

    void add(ExpenditureLine l) {
        add(new Object[] {snapshotId, l.line(), l.unitCode(), l.unitName(), l.programmeKey(), l.partida(), l.chapter(),
                l.concept(), l.generic(), l.expenseType(), l.functionCode(), l.sourceCode(), l.geoCode(), l.approved(),
                l.expansions(), l.reductions(), l.modified(), l.committed(), l.accrued(), l.exercised(), l.paid(),
                LineWarning.write(l.warnings())});
    }

    void add(RevenueLine l) {
        add(new Object[] {snapshotId, l.line(), l.criCode(), l.name(), l.sourceCode(), l.estimated(), l.modified(),
                l.accrued(), l.collected(), LineWarning.write(l.warnings())});
    }

    private void add(Object[] row) {
        pending.add(row);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        if (Boolean.TRUE.equals(postgres)) {
            copy();
            return;
        }
        int columns = revenue ? REVENUE_COLUMNS : EXPENDITURE_COLUMNS;
        String values = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        String sql = (revenue ? REVENUE : EXPENDITURE) + String.join(",", Collections.nCopies(pending.size(), values));
        List<Object[]> rows = List.copyOf(pending);
        pending.clear();
        jdbc.execute(sql, (PreparedStatement statement) -> {
            int i = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    bind(statement, i++, value);
                }
            }
            statement.executeUpdate();
            return null;
        });
    }

    /** The pending rows through COPY … FROM STDIN (CSV): an empty unquoted cell is NULL, text is quoted. */
    private void copy() {
        StringBuilder csv = new StringBuilder(pending.size() * 160);
        for (Object[] row : pending) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = row[i];
                if (value instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value instanceof BigDecimal amount) {
                    csv.append(amount.toPlainString());
                } else if (value != null) {
                    csv.append(value);
                }
            }
            csv.append('\n');
        }
        pending.clear();
        String sql = (revenue ? REVENUE : EXPENDITURE).replace(") VALUES ", ") FROM STDIN WITH (FORMAT csv)")
                .replace("INSERT INTO", "COPY");
        jdbc.execute((java.sql.Connection connection) -> {
            try {
                Object pg = connection.unwrap(Class.forName("org.postgresql.PGConnection"));
                Object api = pg.getClass().getMethod("getCopyAPI").invoke(pg);
                api.getClass().getMethod("copyIn", String.class, java.io.Reader.class)
                        .invoke(api, sql, new java.io.StringReader(csv.toString()));
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql2 ? sql2 : new SQLException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new SQLException("PostgreSQL's copy API is not available", e);
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof BigDecimal amount) {
            statement.setBigDecimal(index, amount);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setObject(index, value);
        }
    }
}
