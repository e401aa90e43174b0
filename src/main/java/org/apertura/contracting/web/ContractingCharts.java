package org.apertura.contracting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.contracting.ContractingReading;
import org.apertura.contracting.ContractingReading.Figures;
import org.apertura.contracting.ContractingReading.Tally;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.springframework.stereotype.Component;

/**
 * The charts of the contracting figures, of every buyer ({@code todas}) or of one (its slug): each kind of procedure's
 * share of the processes beside its share of the money (where direct awards show), the money by year, and the
 * suppliers awarded the most. Drawn by the platform like every figures page's, with a takeaway, the data and downloads.
 */
@Component
class ContractingCharts implements ChartSource {

    static final String ALL = "todas";
    static final List<String> NAMES = List.of("procedimientos", "anios", "proveedores");

    private final ContractingReading reading;
    private final ContractingWords words;
    private final Charts charts;

    ContractingCharts(ContractingReading reading, ContractingWords words, Charts charts) {
        this.reading = reading;
        this.words = words;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "contrataciones";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(ALL));
        reading.byBuyer().forEach(t -> keys.add(t.group()));
        return keys;
    }

    @Override
    public String page(String key) {
        return ALL.equals(key) ? "/contrataciones/cifras" : "/contrataciones/compradores/" + key;
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        if (!NAMES.contains(name) || (!ALL.equals(key) && reading.byBuyer().stream().noneMatch(t -> t.group().equals(key)))) {
            return Optional.empty();
        }
        return Optional.of(build(reading.figures(ALL.equals(key) ? null : key), name));
    }

    /** A figures page's charts by name, from the figures it shows. */
    Map<String, ChartView> views(String buyer, Figures figures) {
        String key = buyer == null ? ALL : buyer;
        Map<String, ChartView> views = new LinkedHashMap<>();
        NAMES.forEach(name -> views.put(name, ChartView.of(build(figures, name), source(), key, name, page(key))));
        return views;
    }

    private Chart build(Figures figures, String name) {
        return switch (name) {
            case "procedimientos" -> {
                Charts.Builder chart = charts.chart("contrataciones-procedimientos", ChartKind.GROUPED,
                        charts.text("contracting.chart.methods")).unit(Charts.Unit.PERCENT)
                        .category(charts.text("contracting.figures.method"))
                        .series(charts.text("contracting.chart.ofProcesses"), charts.text("contracting.chart.ofAmount"));
                for (Tally t : figures.byMethod()) {
                    chart.row(String.valueOf(t.group()), words.method(t.group()), share(t.processes(), figures.processes()),
                            share(t.amount(), figures.amount()));
                }
                if (figures.directShareOfProcesses() != null) {
                    chart.takeaway(charts.text("contracting.chart.methods.takeaway",
                            figures.directShareOfProcesses().toPlainString(), figures.directShareOfAmount() == null ? "0"
                                    : figures.directShareOfAmount().toPlainString()));
                }
                yield chart.build();
            }
            case "anios" -> {
                List<Tally> years = figures.byYear().stream().filter(t -> t.group() != null)
                        .sorted((a, b) -> a.group().compareTo(b.group())).toList();
                Charts.Builder chart = charts.chart("contrataciones-anios", years.size() > 1 ? ChartKind.LINE
                        : ChartKind.BARS, charts.text("contracting.chart.years")).unit(Charts.Unit.PESOS)
                        .category(charts.text("contracting.figures.year"))
                        .series(charts.text("contracting.figures.amountCol"));
                years.forEach(t -> chart.row(t.group(), pesos(t.amount())));
                yield chart.build();
            }
            default -> {
                Charts.Builder chart = charts.chart("contrataciones-proveedores", ChartKind.BARS,
                        charts.text("contracting.figures.topSuppliers")).unit(Charts.Unit.PESOS)
                        .category(charts.text("contracting.figures.supplier"))
                        .series(charts.text("contracting.figures.awardedCol"));
                figures.topSuppliers().forEach(s -> chart.row(s.key(), s.name(), pesos(s.amount())));
                yield chart.build();
            }
        };
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? 0
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static double pesos(BigDecimal amount) {
        return amount == null ? 0 : amount.setScale(0, RoundingMode.HALF_UP).doubleValue();
    }
}
