package org.apertura.budget.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apertura.budget.Amounts;

/**
 * A bar chart drawn on the server as SVG (no script, no inline style: the page's security policy allows neither):
 * one row per bar, its label above it and its amount after it, widths relative to the largest value. Every chart is
 * followed on its page by a table with the same figures, its text alternative.
 */
public record Chart(String id, List<Row> rows, int height) {

    /** A row of the chart: a heading (a group's name, no bar) or a bar with its label, amount and colour class. */
    public record Row(String label, String amount, double width, String css, int y, boolean heading) {
        public int barY() {
            return y + 4;
        }

        public int textY() {
            return y + 3;
        }

        public double amountX() {
            return Math.min(width + 1, 80);
        }
    }

    /** Builds charts row by row. */
    public static final class Builder {
        private final String id;
        private final List<Object[]> items = new ArrayList<>();

        public Builder(String id) {
            this.id = id;
        }

        public Builder heading(String label) {
            items.add(new Object[] {label, null, null});
            return this;
        }

        public Builder bar(String label, BigDecimal value, String css) {
            items.add(new Object[] {label, value == null ? BigDecimal.ZERO : value, css});
            return this;
        }

        public Chart build() {
            BigDecimal max = items.stream().filter(i -> i[1] != null).map(i -> ((BigDecimal) i[1]).abs())
                    .reduce(BigDecimal.ZERO, BigDecimal::max);
            List<Row> rows = new ArrayList<>();
            int y = 0;
            for (Object[] item : items) {
                if (item[1] == null) {
                    rows.add(new Row((String) item[0], "", 0, "", y, true));
                    y += 6;
                    continue;
                }
                BigDecimal value = ((BigDecimal) item[1]).abs();
                double width = max.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(70))
                        .divide(max, 2, RoundingMode.HALF_UP).doubleValue();
                rows.add(new Row((String) item[0], Amounts.format((BigDecimal) item[1]), Math.max(width, 0.3),
                        (String) item[2], y, false));
                y += 11;
            }
            return new Chart(id, rows, Math.max(y, 1));
        }
    }
}
