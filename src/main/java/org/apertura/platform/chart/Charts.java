package org.apertura.platform.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds {@link Chart}s in the language of the request, their words and takeaway from the message bundles
 * ({@code chart.*}). Every module builds its own figures' charts with it; {@link ChartSvg}, {@link ChartTable} and
 * {@link ChartCsv} render them.
 */
@Component
public class Charts {

    /** How a chart's numbers read. */
    public enum Unit {
        COUNT, PERCENT, DAYS, PESOS
    }

    /** A timeline item's state: the pattern it is drawn with and the word said of it. */
    public enum State {
        DONE, LATE, PENDING
    }

    private final MessageSource messages;

    public Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** A new chart in the request's language. */
    /** Mexico's 32 states by INEGI code ("10" → "Durango"), in the order of their codes. */
    public static java.util.Map<String, String> states() {
        java.util.Map<String, String> states = new java.util.TreeMap<>();
        ChartMap.STATES.forEach(s -> states.put(s.inegi(), s.name()));
        return java.util.Collections.unmodifiableMap(states);
    }

    public Builder chart(String id, ChartKind kind, String title) {
        return chart(id, kind, title, LocaleContextHolder.getLocale());
    }

    public Builder chart(String id, ChartKind kind, String title, Locale locale) {
        return new Builder(id, kind, title, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Today.LOCALE);
    }

    /** A message of the chart bundles (or a page's) in the request's language; a missing one fails, never shows its key. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Builds one chart; {@link #build()} writes the takeaway from the data unless one was given. */
    public final class Builder {
        private final String id;
        private final ChartKind kind;
        private final String title;
        private final Locale locale;
        private final List<Chart.Row> rows = new ArrayList<>();
        private List<String> series = List.of();
        private Unit unit = Unit.COUNT;
        private String category;
        private String takeaway;
        private LocalDate today;

        private Builder(String id, ChartKind kind, String title, Locale locale) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.locale = locale;
        }

        public Builder unit(Unit unit) {
            this.unit = unit;
            return this;
        }

        /** What a row is (the first column of the table). */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /** The names of the values of a row (stacked bars); bars and lines have one, named after the unit. */
        public Builder series(String... names) {
            this.series = List.of(names);
            return this;
        }

        public Builder today(LocalDate today) {
            this.today = today;
            return this;
        }

        /** A sentence of the page's own, written from the same data, instead of the generic one. */
        public Builder takeaway(String sentence) {
            this.takeaway = sentence;
            return this;
        }

        public Builder row(String label, double... values) {
            return row(label, label, values);
        }

        public Builder row(String key, String label, double... values) {
            rows.add(new Chart.Row(key, label, Arrays.stream(values).boxed().toList(), null, null, null, 0));
            return this;
        }

        /** A state of Mexico on a map, by its INEGI code ("10" Durango), named as the map names it. */
        public Builder state(String inegi, double value) {
            return row(inegi, ChartMap.name(inegi), value);
        }

        /** A timeline item from start to end (a one-day item when start is missing). */
        public Builder item(String label, LocalDate start, LocalDate end, State state) {
            LocalDate from = start == null ? end : start;
            rows.add(new Chart.Row(label, label, List.of(), from, end, word("chart.state." + state), state.ordinal()));
            return this;
        }

        public Chart build() {
            Chart.Words words = new Chart.Words(word("chart.noData"), word("chart.today"), word("chart.start"),
                    word("chart.end"), word("chart.status"), word("chart.total"), word("chart.dateFormat"),
                    word("chart.missing"));
            List<String> names = series.isEmpty() ? List.of(word("chart.value")) : series;
            Chart draft = new Chart(id, kind, locale, title, "", category == null ? word("chart.category") : category,
                    names, rows, word("chart.unit." + unit), words, today, unit == Unit.PERCENT ? 100.0 : null);
            String sentence = takeaway != null ? takeaway : draft.empty() ? words.noData() : takeaway(draft);
            return new Chart(id, kind, locale, title, sentence, draft.category(), names, rows, draft.unit(), words, today,
                    draft.ceiling());
        }

        private String takeaway(Chart c) {
            List<Chart.Row> data = c.rows();
            switch (c.kind()) {
                case RING -> {
                    Chart.Row r = data.get(0);
                    double total = r.values().size() > 1 ? r.values().get(1) : 0;
                    return word("chart.takeaway.ring", c.number(r.value()), c.number(total),
                            c.number(total == 0 ? 0 : 100 * r.value() / total));
                }
                case TIMELINE -> {
                    long done = data.stream().filter(r -> r.state() == State.DONE.ordinal()).count();
                    long late = data.stream().filter(r -> r.state() == State.LATE.ordinal()).count();
                    return word("chart.takeaway.timeline", done, data.size(), late);
                }
                case LINE -> {
                    if (c.series().size() > 1) {
                        int s = c.series().size() - 1;
                        Chart.Row first = data.get(0);
                        Chart.Row last = data.get(data.size() - 1);
                        return word("chart.takeaway.lines", c.series().get(s), c.formatted(ChartSvg.value(first, s)),
                                first.label(), c.formatted(ChartSvg.value(last, s)), last.label());
                    }
                    Chart.Row first = data.get(0);
                    Chart.Row last = data.get(data.size() - 1);
                    return word("chart.takeaway.line", c.formatted(first.value()), first.label(),
                            c.formatted(last.value()), last.label());
                }
                case GROUPED -> {
                    List<String> totals = new ArrayList<>();
                    for (int s = 0; s < c.series().size(); s++) {
                        final int index = s;
                        totals.add(c.series().get(s) + " " + c.formatted(data.stream()
                                .mapToDouble(r -> ChartSvg.value(r, index)).sum()));
                    }
                    return word("chart.takeaway.totals", String.join("; ", totals));
                }
                case STACKED -> {
                    int top = 0;
                    double best = -1;
                    for (int s = 0; s < c.series().size(); s++) {
                        final int index = s;
                        double sum = data.stream().mapToDouble(r -> index < r.values().size() ? r.values().get(index) : 0).sum();
                        if (sum > best) {
                            best = sum;
                            top = s;
                        }
                    }
                    return word("chart.takeaway.share", c.series().get(top), c.formatted(best), c.formatted(c.total()),
                            c.number(100 * best / c.total()));
                }
                default -> {
                    Chart.Row top = data.stream().max(Comparator.comparingDouble(Chart.Row::value)).orElseThrow();
                    if (unit == Unit.PERCENT || unit == Unit.DAYS) {
                        Chart.Row low = data.stream().min(Comparator.comparingDouble(Chart.Row::value)).orElseThrow();
                        return word("chart.takeaway.range", top.label(), c.formatted(top.value()), low.label(),
                                c.formatted(low.value()));
                    }
                    return word("chart.takeaway.share", top.label(), c.formatted(top.value()), c.formatted(c.total()),
                            c.number(100 * top.value() / c.total()));
                }
            }
        }

        private String word(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
