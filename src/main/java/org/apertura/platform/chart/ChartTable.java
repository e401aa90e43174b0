package org.apertura.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's data as a table: the "Ver los datos" table under the picture and, with raw numbers, its CSV.
 * Derived from the same {@link Chart} as the SVG.
 */
public record ChartTable(List<String> headers, List<List<String>> rows) {

    /** The table as people read it: numbers formatted with their unit, as in the picture. */
    public static ChartTable of(Chart chart) {
        return build(chart, true);
    }

    /** The CSV of the chart: the same headers, plain numbers, ISO dates. */
    public static String csv(Chart chart) {
        ChartTable table = build(chart, false);
        StringBuilder out = new StringBuilder(org.apertura.platform.web.CsvExport.BYTE_ORDER_MARK);
        out.append(org.apertura.platform.web.CsvExport.line(table.headers()));
        for (List<String> row : table.rows()) {
            out.append(org.apertura.platform.web.CsvExport.line(row));
        }
        return out.toString();
    }

    private static ChartTable build(Chart chart, boolean words) {
        List<String> headers = new ArrayList<>();
        headers.add(chart.category());
        Chart.Words w = chart.words();
        switch (chart.kind()) {
            case TIMELINE -> headers.addAll(List.of(w.start(), w.end(), w.status()));
            case STACKED -> {
                headers.addAll(chart.series());
                headers.add(w.total());
            }
            case GROUPED, LINE -> headers.addAll(chart.series());
            case RING -> headers.addAll(chart.series().size() >= 2 ? chart.series().subList(0, 2)
                    : List.of(chart.series().get(0), w.total()));
            default -> headers.add(chart.series().get(0));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Row r : chart.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.label());
            switch (chart.kind()) {
                case TIMELINE -> {
                    cells.add(r.start() == null ? "" : words ? chart.date(r.start()) : r.start().toString());
                    cells.add(r.end() == null ? "" : words ? chart.date(r.end()) : r.end().toString());
                    cells.add(r.status());
                }
                case STACKED -> {
                    for (int s = 0; s < chart.series().size(); s++) {
                        cells.add(cell(chart, ChartSvg.value(r, s), words));
                    }
                    cells.add(cell(chart, r.total(), words));
                }
                case GROUPED, LINE -> {
                    for (int s = 0; s < chart.series().size(); s++) {
                        cells.add(cell(chart, ChartSvg.value(r, s), words));
                    }
                }
                case RING -> {
                    cells.add(cell(chart, r.value(), words));
                    cells.add(cell(chart, ChartSvg.value(r, 1), words));
                }
                default -> cells.add(cell(chart, r.value(), words));
            }
            rows.add(List.copyOf(cells));
        }
        return new ChartTable(List.copyOf(headers), List.copyOf(rows));
    }

    private static String cell(Chart chart, double value, boolean words) {
        if (words) {
            return chart.formatted(value);
        }
        return ChartSvg.num(value).replace(',', '.');
    }
}
