package org.apertura.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apertura.platform.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading budgets, for everyone: which budgets there are, each one's current snapshot per cut-off, totals by
 * programme, chapter, function and source (sums over the snapshot's cube, {@code budget_cell}), the lines of a
 * programme, the lines that break an invariant, and what changed from the previous snapshot.
 */
@Service
@Transactional(readOnly = true)
public class BudgetExplorer {

    /** A total of one value of a dimension: its code, its name and its moments. */
    public record Total(String code, String name, Moments moments, int lines) {
    }

    /** One cut-off's totals (cumulative to the end of its month or quarter) from its current snapshot. */
    public record PeriodTotals(Period period, BudgetSnapshot snapshot, Moments moments) {
    }

    /** A line as pages show it. */
    public record LineView(long id, int line, String unitCode, String unitName, String programmeKey, String partida,
            String expenseType, String functionCode, String sourceCode, String geoCode, BigDecimal approved,
            BigDecimal expansions, BigDecimal reductions, Moments moments, List<LineWarning> warnings) {
    }

    /** A revenue line as pages show it. */
    public record RevenueView(int line, String criCode, String name, String sourceCode, BigDecimal estimated,
            BigDecimal modified, BigDecimal accrued, BigDecimal collected, List<LineWarning> warnings) {
    }

    /** What changed in one programme between two snapshots. */
    public record Change(String programmeKey, String name, Moments before, Moments after) {
        public BigDecimal paidChange() {
            return after.paid().subtract(before.paid());
        }
    }

    private static final String SUMS = "SUM(approved), SUM(modified), SUM(committed), SUM(accrued), SUM(exercised), "
            + "SUM(paid), SUM(line_count)";

    private final BudgetRepository budgets;
    private final BudgetSnapshotRepository snapshots;
    private final ProgrammeRepository programmes;
    private final Catalogues catalogues;
    private final JdbcTemplate jdbc;

    BudgetExplorer(BudgetRepository budgets, BudgetSnapshotRepository snapshots, ProgrammeRepository programmes,
            Catalogues catalogues, JdbcTemplate jdbc) {
        this.budgets = budgets;
        this.snapshots = snapshots;
        this.programmes = programmes;
        this.catalogues = catalogues;
        this.jdbc = jdbc;
    }

    public List<Budget> budgets() {
        return budgets.findAllByOrderByInstitutionSlugAscFiscalYearDesc();
    }

    public List<Budget> budgetsOf(String institutionSlug) {
        return budgets.findByInstitutionSlugOrderByFiscalYearDesc(institutionSlug);
    }

    public Budget budget(String institutionSlug, int year) {
        return budgets.findByInstitutionSlugAndFiscalYear(institutionSlug, year)
                .orElseThrow(() -> new NotFoundException("budget"));
    }

    public Optional<Budget> findBudget(String institutionSlug, int year) {
        return budgets.findByInstitutionSlugAndFiscalYear(institutionSlug, year);
    }

    /** Every snapshot of the budget, newest first. */
    public List<BudgetSnapshot> snapshots(Budget budget) {
        return snapshots.findByBudgetIdOrderByIdDesc(budget.getId());
    }

    public BudgetSnapshot snapshot(long id) {
        return snapshots.findById(id).orElseThrow(() -> new NotFoundException("snapshot"));
    }

    /**
     * For each month a cut-off was imported to, its latest snapshot of that kind (the one that counts): a month's
     * cut-off and a quarter's ending in that month stand for the same day, so the later import of the two counts.
     */
    public TreeMap<Integer, BudgetSnapshot> currentByMonth(Budget budget, BudgetKind kind) {
        TreeMap<Integer, BudgetSnapshot> current = new TreeMap<>();
        for (BudgetSnapshot s : snapshots(budget)) {
            if (s.getKind() == kind) {
                current.putIfAbsent(s.getPeriod().month(), s);
            }
        }
        return current;
    }

    /** The snapshot of the latest cut-off imported: the budget as it stands. */
    public Optional<BudgetSnapshot> current(Budget budget, BudgetKind kind) {
        TreeMap<Integer, BudgetSnapshot> byMonth = currentByMonth(budget, kind);
        return byMonth.isEmpty() ? Optional.empty() : Optional.of(byMonth.lastEntry().getValue());
    }

    /** The snapshot's totals, filtered. */
    public Moments totals(long snapshotId, Filter filter) {
        List<Object> args = new ArrayList<>();
        args.add(snapshotId);
        String where = filter.where(args);
        return jdbc.queryForObject("SELECT " + SUMS + " FROM budget_cell WHERE snapshot_id = ?" + where,
                (rs, n) -> moments(rs, 1), args.toArray());
    }

    /** The snapshot's totals by one dimension, filtered, largest modified first. */
    public List<Total> totalsBy(long snapshotId, Dimension dimension, Filter filter, String institutionSlug) {
        List<Object> args = new ArrayList<>();
        args.add(snapshotId);
        String where = filter.where(args);
        List<Total> totals = jdbc.query("SELECT " + dimension.column() + ", " + SUMS + " FROM budget_cell WHERE "
                + "snapshot_id = ?" + where + " GROUP BY " + dimension.column(),
                (rs, n) -> new Total(rs.getString(1), null, moments(rs, 2), rs.getInt(8)), args.toArray());
        Function<String, String> names = namer(dimension, institutionSlug);
        return totals.stream().map(t -> new Total(t.code(), names.apply(t.code()), t.moments(), t.lines()))
                .sorted(Comparator.comparing((Total t) -> t.moments().modified()).reversed()
                        .thenComparing(Total::code)).toList();
    }

    /** The totals of each cut-off's current snapshot, filtered, in the year's order: the moments over time. */
    public List<PeriodTotals> overTheYear(Budget budget, Filter filter) {
        List<PeriodTotals> periods = new ArrayList<>();
        currentByMonth(budget, BudgetKind.EXPENDITURE).forEach((month, snapshot) ->
                periods.add(new PeriodTotals(snapshot.getPeriod(), snapshot, totals(snapshot.getId(), filter))));
        return periods;
    }

    /** The lines of a programme in a snapshot, in the file's order. */
    public List<LineView> programmeLines(long snapshotId, String programmeKey) {
        return jdbc.query("SELECT * FROM budget_line WHERE snapshot_id = ? AND programme_key = ? ORDER BY line_no",
                this::line, snapshotId, programmeKey);
    }

    /** The lines that break an invariant of the moments, at most {@code limit}. */
    public List<LineView> warnings(long snapshotId, int limit) {
        return jdbc.query("SELECT * FROM budget_line WHERE snapshot_id = ? AND warnings IS NOT NULL ORDER BY line_no "
                + "FETCH FIRST " + limit + " ROWS ONLY", this::line, snapshotId);
    }

    /** Every line of a snapshot, in the file's order (for downloads and the Fiscal Data Package). */
    public void eachLine(long snapshotId, java.util.function.Consumer<LineView> each) {
        jdbc.query("SELECT * FROM budget_line WHERE snapshot_id = ? ORDER BY line_no",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(line(rs, 0)), snapshotId);
    }

    public List<RevenueView> revenue(long snapshotId) {
        return jdbc.query("SELECT * FROM budget_revenue_line WHERE snapshot_id = ? ORDER BY line_no",
                (rs, n) -> new RevenueView(rs.getInt("line_no"), rs.getString("cri_code"), rs.getString("name"),
                        rs.getString("source_code"), rs.getBigDecimal("estimated"), rs.getBigDecimal("modified"),
                        rs.getBigDecimal("accrued"), rs.getBigDecimal("collected"),
                        List.copyOf(LineWarning.read(rs.getString("warnings")))),
                snapshotId);
    }

    /** Revenue by CRI rubro: estimated, modified, accrued, collected. */
    public Map<String, BigDecimal[]> revenueByRubro(long snapshotId) {
        Map<String, BigDecimal[]> rubros = new TreeMap<>();
        for (RevenueView r : revenue(snapshotId)) {
            BigDecimal[] sums = rubros.computeIfAbsent(Catalogues.rubroOf(r.criCode()), k -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(r.estimated());
            sums[1] = sums[1].add(r.modified());
            sums[2] = sums[2].add(r.accrued());
            sums[3] = sums[3].add(r.collected());
        }
        return rubros;
    }

    /** What changed by programme from the previous snapshot (of any cut-off) to this one; empty for the first. */
    public List<Change> changes(BudgetSnapshot snapshot, String institutionSlug) {
        if (snapshot.getPreviousId() == null || snapshot.getKind() != BudgetKind.EXPENDITURE) {
            return List.of();
        }
        Map<String, Total> before = totalsBy(snapshot.getPreviousId(), Dimension.PROGRAMME, Filter.NONE, institutionSlug)
                .stream().collect(Collectors.toMap(Total::code, t -> t));
        Map<String, Total> after = totalsBy(snapshot.getId(), Dimension.PROGRAMME, Filter.NONE, institutionSlug)
                .stream().collect(Collectors.toMap(Total::code, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<Change> changes = new ArrayList<>();
        after.forEach((key, total) -> {
            Total was = before.get(key);
            Moments previous = was == null ? Moments.ZERO : was.moments();
            if (!previous.equals(total.moments())) {
                changes.add(new Change(key, total.name(), previous, total.moments()));
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(key, was.name(), was.moments(), Moments.ZERO));
            }
        });
        return changes;
    }

    public Optional<Programme> programme(String institutionSlug, String key) {
        return programmes.findByInstitutionSlugAndProgrammeKey(institutionSlug, key);
    }

    public String programmeName(String institutionSlug, String key) {
        return programme(institutionSlug, key).map(Programme::getName).orElse(key);
    }

    private Function<String, String> namer(Dimension dimension, String institutionSlug) {
        return switch (dimension) {
            case PROGRAMME -> {
                Map<String, String> names = new HashMap<>();
                programmes.findByInstitutionSlug(institutionSlug).forEach(p -> names.put(p.getProgrammeKey(), p.getName()));
                yield code -> names.getOrDefault(code, code);
            }
            case CHAPTER -> catalogues::cogName;
            case FUNCTION -> catalogues::functionName;
            case SOURCE -> catalogues::sourceName;
        };
    }

    private static Moments moments(ResultSet rs, int from) throws SQLException {
        BigDecimal[] values = new BigDecimal[6];
        for (int i = 0; i < 6; i++) {
            BigDecimal value = rs.getBigDecimal(from + i);
            values[i] = value == null ? BigDecimal.ZERO : value;
        }
        return new Moments(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private LineView line(ResultSet rs, int n) throws SQLException {
        return new LineView(rs.getLong("id"), rs.getInt("line_no"), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getString("programme_key"), rs.getString("partida"), rs.getString("expense_type"),
                rs.getString("function_code"), rs.getString("source_code"), rs.getString("geo_code"),
                rs.getBigDecimal("approved"), rs.getBigDecimal("expansions"), rs.getBigDecimal("reductions"),
                new Moments(rs.getBigDecimal("approved"), rs.getBigDecimal("modified"), rs.getBigDecimal("committed"),
                        rs.getBigDecimal("accrued"), rs.getBigDecimal("exercised"), rs.getBigDecimal("paid")),
                List.copyOf(LineWarning.read(rs.getString("warnings"))));
    }
}
