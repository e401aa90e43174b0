package org.apertura.platform.chart;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One chart, immutable, in one language: everything the picture, its text alternative, its data table and its CSV
 * are drawn from. Nothing else is: the SVG's {@code <desc>}, the table and the file state the same rows with the
 * same formatted numbers because they all read them here ({@link #formatted(double)}).
 *
 * @param id        unique on its page (element ids of the SVG start with it), letters, digits and dashes
 * @param kind      how it is drawn
 * @param locale    the language of every word in it
 * @param title     what it shows (wrapped at word boundaries when long)
 * @param takeaway  one sentence written from the data ("3 de 5 compromisos tienen hitos vencidos")
 * @param category  the heading of the first column of the table (what a row is: "Compromiso", "Institución")
 * @param series    the names of the values of each row (one for bars, several for stacked bars)
 * @param rows      the data; empty when there is none yet
 * @param unit      how numbers read: {@code {0}} replaced by the number ("{0} %", "{0} días")
 * @param words     the renderer's own words in the chart's language
 * @param today     the day marked on a timeline (null elsewhere)
 * @param ceiling   the value a full bar stands for (100 for percentages); null: the largest value
 */
public record Chart(String id, ChartKind kind, Locale locale, String title, String takeaway, String category,
        List<String> series, List<Row> rows, String unit, Words words, LocalDate today, Double ceiling) {

    public Chart {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("A chart id is letters, digits and dashes: " + id);
        }
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        unit = unit == null ? "{0}" : unit;
    }

    /**
     * A row: one bar, one stack, one milestone, one point of a line, one region of a map.
     *
     * @param key    a stable key (a state's INEGI code on a map; otherwise free)
     * @param label  what a person reads
     * @param values one value per series (the ring: done, then total)
     * @param start  a timeline's start (null elsewhere)
     * @param end    a timeline's end (null elsewhere)
     * @param status a timeline item's state in words ("Cumplido", "Vencido"), null elsewhere
     * @param state  a timeline item's state for the picture's pattern: 0 done, 1 late, 2 pending
     */
    public record Row(String key, String label, List<Double> values, LocalDate start, LocalDate end, String status,
            int state) {
        public Row {
            values = List.copyOf(values);
        }

        public double value() {
            return values.isEmpty() ? 0 : values.get(0);
        }

        public double total() {
            return values.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** The renderer's words, resolved from the message bundles when the chart is built. */
    public record Words(String noData, String today, String start, String end, String status, String total,
            String dateFormat, String missing) {
    }

    public boolean empty() {
        return rows.isEmpty() || (kind != ChartKind.TIMELINE && rows.stream().allMatch(r -> r.total() == 0));
    }

    /** A number as every rendering shows it: grouped, at most one decimal, with the unit. */
    public String formatted(double value) {
        return unit.replace("{0}", number(value));
    }

    /** A number without its unit. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** A date as every rendering shows it. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern(words.dateFormat(), locale));
    }

    /** The sum of every value of every row. */
    public double total() {
        return rows.stream().mapToDouble(Row::total).sum();
    }
}
