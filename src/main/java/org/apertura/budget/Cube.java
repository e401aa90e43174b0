package org.apertura.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An expenditure snapshot's totals per programme, chapter, function (finalidad.función) and source, added up as the
 * lines are read and stored once ({@code budget_cell}): every figure of the explorer is a sum over these cells, a few
 * thousand rows where the lines may be a million.
 */
final class Cube {

    private record Key(String programme, String chapter, String function, String source) {
    }

    private static final class Cell {
        int lines;
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO};
    }

    private final Map<Key, Cell> cells = new HashMap<>();

    void add(ExpenditureLine line) {
        Cell cell = cells.computeIfAbsent(new Key(line.programmeKey(), line.chapter(), line.functionKey(),
                line.sourceCode()), k -> new Cell());
        cell.lines++;
        BigDecimal[] amounts = {line.approved(), line.modified(), line.committed(), line.accrued(), line.exercised(),
                line.paid()};
        for (int i = 0; i < amounts.length; i++) {
            cell.sums[i] = cell.sums[i].add(amounts[i]);
        }
    }

    void store(JdbcTemplate jdbc, long snapshotId) {
        jdbc.batchUpdate("INSERT INTO budget_cell (snapshot_id, programme_key, chapter, function_code, source_code, "
                + "line_count, approved, modified, committed, accrued, exercised, paid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                cells.entrySet().stream().map(e -> new Object[] {snapshotId, e.getKey().programme(), e.getKey().chapter(),
                        e.getKey().function(), e.getKey().source(), e.getValue().lines, e.getValue().sums[0],
                        e.getValue().sums[1], e.getValue().sums[2], e.getValue().sums[3], e.getValue().sums[4],
                        e.getValue().sums[5]}).toList());
    }
}
