package org.apertura.budget.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.budget.Budget;
import org.apertura.budget.BudgetExplorer;
import org.apertura.budget.BudgetExplorer.PeriodTotals;
import org.apertura.budget.BudgetExplorer.Total;
import org.apertura.budget.BudgetKind;
import org.apertura.budget.BudgetSnapshot;
import org.apertura.budget.Catalogues;
import org.apertura.budget.Dimension;
import org.apertura.budget.Filter;
import org.apertura.budget.Moments;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.springframework.stereotype.Component;

/**
 * The charts of a budget, drawn by the platform like every figures page's: where the money goes (a treemap of the
 * modified budget by chapter of the COG), the largest programmes (bars), the moments month by month or quarter by quarter (one line per
 * moment, approved to paid) and two budgets compared chapter by chapter (grouped bars).
 *
 * <p>A chart's address names what it shows, so its downloads and embeds draw the same figures as the page:
 * {@code /graficas/presupuesto/{institution}-{year}/{name}}, with the page's filters after it
 * ({@code ~capitulo~2000~programa~E-017}), and the comparison's second budget after a {@code ~vs~}.
 */
@Component
class BudgetCharts implements ChartSource {

    static final String SOURCE = "presupuesto";
    /** The charts every budget has (keys() × names() all exist); a comparison's is asked by its own address. */
    static final List<String> NAMES = List.of("donde", "programas", "trimestres");
    static final String COMPARISON = "comparacion";
    /** A budget, then filters as dimension~value pairs, or a second budget after {@code ~vs~}. */
    private static final Pattern KEY = Pattern.compile(
            "([a-z0-9]+(?:-[a-z0-9]+)*)-(\\d{4})((?:~[a-z]+~[A-Za-z0-9.\\-]{1,40}){0,4})");
    private static final int LARGEST = 12;

    private final BudgetExplorer explorer;
    private final JurisdictionService directory;
    private final Catalogues catalogues;
    private final Charts charts;

    BudgetCharts(BudgetExplorer explorer, JurisdictionService directory, Catalogues catalogues, Charts charts) {
        this.explorer = explorer;
        this.directory = directory;
        this.catalogues = catalogues;
        this.charts = charts;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public List<String> keys() {
        return explorer.budgets().stream().map(BudgetCharts::key).toList();
    }

    @Override
    public String page(String key) {
        return Address.parse(key).map(Address::page).orElse("/presupuesto");
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        if (!NAMES.contains(name) && !COMPARISON.equals(name)) {
            return Optional.empty();
        }
        return Address.parse(key).flatMap(address -> {
            Optional<Budget> budget = explorer.findBudget(address.institution(), address.year());
            if (budget.isEmpty()) {
                return Optional.empty();
            }
            if (COMPARISON.equals(name)) {
                return address.other().flatMap(other -> explorer.findBudget(other.institution(), other.year()))
                        .map(other -> comparison(budget.get(), other));
            }
            if (address.other().isPresent()) {
                return Optional.empty();
            }
            Filter filter = address.filter();
            return switch (name) {
                case "trimestres" -> Optional.of(quarters(explorer.overTheYear(budget.get(), filter)));
                default -> explorer.current(budget.get(), BudgetKind.EXPENDITURE).map(current -> "donde".equals(name)
                        ? where(explorer.totalsBy(current.getId(), Dimension.CHAPTER, filter, address.institution()))
                        : programmes(explorer.totalsBy(current.getId(), Dimension.PROGRAMME, filter,
                                address.institution())));
            };
        });
    }

    /** The budget page's charts, filtered as the page is. */
    List<ChartView> views(Budget budget, Filter filter, Map<String, List<Total>> by, List<PeriodTotals> quarters) {
        String key = key(budget) + suffix(filter);
        return List.of(ChartView.of(where(by.get(Dimension.CHAPTER.word())), SOURCE, key, "donde", page(key)),
                ChartView.of(quarters(quarters), SOURCE, key, "trimestres", page(key)),
                ChartView.of(programmes(by.get(Dimension.PROGRAMME.word())), SOURCE, key, "programas", page(key)));
    }

    /** A programme's money over the year. */
    ChartView programme(Budget budget, String programmeKey, List<PeriodTotals> quarters) {
        String key = key(budget) + suffix(Filter.of(Dimension.PROGRAMME, programmeKey));
        return ChartView.of(quarters(quarters), SOURCE, key, "trimestres", page(key));
    }

    /** Two budgets compared chapter by chapter. */
    ChartView comparison(Budget left, Budget right, String page) {
        return ChartView.of(comparison(left, right), SOURCE, key(left) + "~vs~" + key(right), COMPARISON, page);
    }

    static String key(Budget budget) {
        return budget.getInstitutionSlug() + "-" + budget.getFiscalYear();
    }

    private static String suffix(Filter filter) {
        StringBuilder suffix = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            String value = filter.values().get(d);
            if (value != null && value.matches("[A-Za-z0-9.\\-]{1,40}")) {
                suffix.append('~').append(d.word()).append('~').append(value);
            }
        }
        return suffix.toString();
    }

    private Chart where(List<Total> chapters) {
        Charts.Builder chart = charts.chart("presupuesto-donde", ChartKind.TREEMAP, charts.text("budget.chart.where"))
                .unit(Charts.Unit.PESOS).category(charts.text("budget.dimension.capitulo"))
                .series(charts.text("budget.moment.modified"));
        chapters.forEach(t -> chart.row(t.code(), t.code() + " " + t.name(), pesos(t.moments().modified())));
        return chart.build();
    }

    private Chart programmes(List<Total> programmes) {
        Charts.Builder chart = charts.chart("presupuesto-programas", ChartKind.BARS,
                charts.text("budget.chart.programmes", LARGEST)).unit(Charts.Unit.PESOS)
                .category(charts.text("budget.dimension.programa")).series(charts.text("budget.moment.modified"));
        programmes.stream().sorted((a, b) -> b.moments().modified().compareTo(a.moments().modified())).limit(LARGEST)
                .forEach(t -> chart.row(t.code(), t.code() + " " + t.name(), pesos(t.moments().modified())));
        return chart.build();
    }

    private Chart quarters(List<PeriodTotals> quarters) {
        List<String> series = Moments.KEYS.stream().map(k -> charts.text("budget.moment." + k)).toList();
        Charts.Builder chart = charts.chart("presupuesto-trimestres", ChartKind.LINE, charts.text("budget.chart.quarters"))
                .unit(Charts.Unit.PESOS).category(charts.text("budget.quarter")).series(series.toArray(String[]::new));
        for (PeriodTotals q : quarters) {
            chart.row(q.period().key(), charts.text("budget.period.short." + q.period().key()),
                    q.moments().inOrder().stream().mapToDouble(BudgetCharts::pesos).toArray());
        }
        if (!quarters.isEmpty()) {
            PeriodTotals last = quarters.get(quarters.size() - 1);
            chart.takeaway(charts.text("budget.chart.quarters.takeaway", last.period().cutOff(), last.moments().paidPercent()));
        }
        return chart.build();
    }

    private Chart comparison(Budget left, Budget right) {
        Map<String, Moments> a = chapters(left);
        Map<String, Moments> b = chapters(right);
        Charts.Builder chart = charts.chart("presupuesto-comparacion", ChartKind.GROUPED,
                charts.text("budget.chart.compare")).unit(Charts.Unit.PESOS)
                .category(charts.text("budget.dimension.capitulo")).series(name(left), name(right));
        for (Map.Entry<String, String> c : catalogues.chapters().entrySet()) {
            Moments l = a.getOrDefault(c.getKey(), Moments.ZERO);
            Moments r = b.getOrDefault(c.getKey(), Moments.ZERO);
            if (l.modified().signum() != 0 || r.modified().signum() != 0) {
                chart.row(c.getKey(), c.getKey() + " " + c.getValue(), pesos(l.modified()), pesos(r.modified()));
            }
        }
        return chart.build();
    }

    private Map<String, Moments> chapters(Budget budget) {
        Map<String, Moments> chapters = new LinkedHashMap<>();
        explorer.current(budget, BudgetKind.EXPENDITURE).ifPresent(current -> explorer.totalsBy(current.getId(),
                Dimension.CHAPTER, Filter.NONE, budget.getInstitutionSlug()).forEach(t -> chapters.put(t.code(),
                        t.moments())));
        return chapters;
    }

    private String name(Budget budget) {
        return directory.institution(budget.getInstitutionSlug()).getName() + " " + budget.getFiscalYear();
    }

    /** Whole pesos: the charts speak of millions, the tables beside them keep the cents. */
    private static double pesos(BigDecimal amount) {
        return amount == null ? 0 : amount.setScale(0, RoundingMode.HALF_UP).doubleValue();
    }

    /** What a chart address names: a budget, the page's filters, or a second budget to compare with. */
    record Address(String institution, int year, Filter filter, Optional<Address> other) {

        static Optional<Address> parse(String key) {
            int versus = key.indexOf("~vs~");
            if (versus >= 0) {
                Optional<Address> left = single(key.substring(0, versus));
                Optional<Address> right = single(key.substring(versus + 4));
                return left.isPresent() && right.isPresent() && left.get().filter().values().isEmpty()
                        && right.get().filter().values().isEmpty()
                        ? Optional.of(new Address(left.get().institution(), left.get().year(), Filter.NONE, right))
                        : Optional.empty();
            }
            return single(key);
        }

        private static Optional<Address> single(String key) {
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                return Optional.empty();
            }
            Filter filter = Filter.NONE;
            String[] parts = m.group(3).isEmpty() ? new String[0] : m.group(3).substring(1).split("~");
            for (int i = 0; i + 1 < parts.length; i += 2) {
                Dimension d = Dimension.ofWord(parts[i]);
                if (d == null || filter.values().containsKey(d)) {
                    return Optional.empty();
                }
                filter = filter.and(d, parts[i + 1]);
            }
            return Optional.of(new Address(m.group(1), Integer.parseInt(m.group(2)), filter, Optional.empty()));
        }

        String page() {
            if (other.isPresent()) {
                return "/presupuesto/comparar?a=" + institution + "/" + year + "&b=" + other.get().institution() + "/"
                        + other.get().year();
            }
            List<String> query = new ArrayList<>();
            filter.values().forEach((d, v) -> query.add(d.word() + "=" + v));
            String base = "/presupuesto/" + institution + "/" + year;
            if (filter.values().size() == 1 && filter.values().containsKey(Dimension.PROGRAMME)) {
                return base + "/programas/" + filter.values().get(Dimension.PROGRAMME);
            }
            return query.isEmpty() ? base : base + "?" + String.join("&", query);
        }
    }
}
