package org.apertura.platform.chart;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Draws a {@link Chart} as SVG 1.1 text: {@code role="img"}, {@code aria-labelledby} pointing at its {@code <title>}
 * and {@code <desc>}, the desc stating the takeaway and every row with the numbers of the table. Colours are the
 * Okabe-Ito palette; every series also has its own pattern, and every bar, point and segment its value written next
 * to it, so colour is never the only cue. Presentation attributes only (no {@code style}): the pages' security policy
 * forbids inline styles. Width 400 user units, scaled to its box by the page (readable at 360 px).
 */
public final class ChartSvg {

    public static final int WIDTH = 400;
    static final String TEXT = "#1f2328";
    static final String MUTED = "#57606a";
    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
    /** Okabe-Ito, darkest first (the first four reach 3:1 against white; every shape is also outlined). */
    public static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000", "#F0E442");
    /** Sequential blues (ColorBrewer), light to dark, for the map. */
    static final List<String> SEQUENTIAL = List.of("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
    static final int SIZE = 16;
    static final int SMALL = 14;
    /** Baseline to baseline of wrapped lines. */
    static final int LEADING = 20;
    static final int SMALL_LEADING = 17;

    private ChartSvg() {
    }

    /** The picture for a page, where the title and takeaway are HTML around it. */
    public static String render(Chart chart) {
        return render(chart, false);
    }

    /** The picture on its own (a download, the PNG, a card): its title, takeaway and source are drawn inside. */
    public static String standalone(Chart chart) {
        return render(chart, true);
    }

    private static String render(Chart chart, boolean standalone) {
        Canvas body = new Canvas(chart.id());
        int height = chart.empty() ? empty(chart, body) : switch (chart.kind()) {
            case BARS -> bars(chart, body);
            case STACKED -> stacked(chart, body);
            case GROUPED -> grouped(chart, body);
            case RING -> ring(chart, body);
            case TIMELINE -> timeline(chart, body);
            case LINE -> line(chart, body);
            case TREEMAP -> treemap(chart, body);
            case MAP -> ChartMap.draw(chart, body);
        };
        StringBuilder svg = new StringBuilder(4096);
        int top = 0;
        Canvas head = new Canvas(chart.id());
        if (standalone) {
            top = head.lines(0, 22, wrap(chart.title(), WIDTH, 19), 19, "bold", TEXT, 24);
            top = head.lines(0, top + 24, wrap(chart.takeaway(), WIDTH, SIZE), SIZE, null, TEXT, LEADING) + 10;
        }
        int total = top + height + (standalone ? 30 : 0);
        String id = chart.id();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(total).append("\" width=\"").append(WIDTH).append("\" height=\"").append(total)
                .append("\" role=\"img\" class=\"chart-svg\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" font-family=\"").append(FONT).append("\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(escape(chart.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(escape(description(chart))).append("</desc>");
        svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(total).append("\" fill=\"#ffffff\"/>");
        if (body.usesPatterns) {
            svg.append(patterns(id));
        }
        svg.append(head.out);
        svg.append("<g transform=\"translate(0,").append(top).append(")\">").append(body.out).append("</g>");
        if (standalone) {
            svg.append("<text x=\"0\" y=\"").append(total - 8).append("\" font-size=\"11\" fill=\"").append(MUTED)
                    .append("\">").append(escape(source(chart.locale()))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String source(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "Source: Apertura · licence CC-BY-4.0"
                : "Fuente: Apertura · licencia CC-BY-4.0";
    }

    /** The text alternative: the takeaway, then every row with the same numbers as the picture and the table. */
    public static String description(Chart chart) {
        if (chart.empty()) {
            return chart.words().noData();
        }
        String rows = chart.rows().stream().map(r -> r.label() + ": " + values(chart, r))
                .collect(Collectors.joining("; "));
        return chart.takeaway() + " " + rows + ".";
    }

    /** One row's values in words, as the description and the table's cells say them. */
    static String values(Chart chart, Chart.Row r) {
        return switch (chart.kind()) {
            case TIMELINE -> chart.date(r.start()) + " – " + chart.date(r.end()) + ", " + r.status();
            case RING -> chart.number(r.value()) + " / " + chart.number(r.values().size() > 1 ? r.values().get(1) : 0);
            case STACKED, GROUPED, LINE -> {
                if (chart.kind() == ChartKind.LINE && chart.series().size() < 2) {
                    yield chart.formatted(r.value());
                }
                List<String> parts = new ArrayList<>();
                for (int s = 0; s < chart.series().size(); s++) {
                    parts.add(chart.series().get(s) + " " + chart.formatted(value(r, s)));
                }
                yield String.join(", ", parts);
            }
            default -> chart.formatted(r.value());
        };
    }

    static double value(Chart.Row r, int s) {
        return s < r.values().size() ? r.values().get(s) : 0;
    }

    private static int empty(Chart chart, Canvas c) {
        c.out.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"59\" fill=\"#f6f8fa\" ")
                .append("stroke=\"").append(MUTED).append("\" stroke-dasharray=\"4 3\"/>");
        return Math.max(61, c.lines(12, 26, wrap(chart.words().noData(), WIDTH - 24, SIZE), SIZE, null, TEXT, LEADING) + 20);
    }

    private static int bars(Chart chart, Canvas c) {
        double max = Math.max(chart.ceiling() == null ? 0 : chart.ceiling(),
                chart.rows().stream().mapToDouble(Chart.Row::value).max().orElse(0));
        double room = room(chart, SIZE);
        int y = 4;
        for (Chart.Row r : chart.rows()) {
            y = c.lines(0, y + SIZE, wrap(r.label(), WIDTH, SIZE), SIZE, null, TEXT, LEADING) + 5;
            double w = max <= 0 ? 0 : Math.max(r.value() > 0 ? 2 : 0, room * r.value() / max);
            c.rect(0, y, w, 20, PALETTE.get(0));
            c.text(w + 6, y + 16, chart.formatted(r.value()), SIZE, "bold", TEXT, null);
            y += 20 + 14;
        }
        return y;
    }

    private static int stacked(Chart chart, Canvas c) {
        c.usesPatterns = true;
        int y = legend(chart, c, 0);
        double max = chart.rows().stream().mapToDouble(Chart.Row::total).max().orElse(0);
        int room = WIDTH - 90;
        for (Chart.Row r : chart.rows()) {
            y = c.lines(0, y + SIZE, wrap(r.label(), WIDTH, SIZE), SIZE, null, TEXT, LEADING) + 4;
            double x = 0;
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < chart.series().size(); s++) {
                double v = value(r, s);
                double w = max <= 0 ? 0 : room * v / max;
                if (w > 0) {
                    c.rect(x, y, w, 20, "url(#" + chart.id() + "-p" + (s % PALETTE.size()) + ")");
                }
                x += w;
                if (v != 0) {
                    parts.add(chart.series().get(s) + " " + chart.formatted(v));
                }
            }
            c.text(x + 6, y + 16, chart.formatted(r.total()), SIZE, "bold", TEXT, null);
            y = c.lines(0, y + 20 + SMALL + 4, wrap(String.join(" · ", parts), WIDTH, SMALL), SMALL, null, MUTED, SMALL_LEADING) + 8;
        }
        return y;
    }

    /** Rows of side-by-side bars, one per series with its own pattern, each bar labelled with its value. */
    private static int grouped(Chart chart, Canvas c) {
        c.usesPatterns = true;
        int y = legend(chart, c, 0);
        double max = Math.max(chart.ceiling() == null ? 0 : chart.ceiling(), chart.rows().stream()
                .flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
        double room = room(chart, SMALL);
        for (Chart.Row r : chart.rows()) {
            y = c.lines(0, y + SIZE, wrap(r.label(), WIDTH, SIZE), SIZE, null, TEXT, LEADING) + 4;
            for (int s = 0; s < chart.series().size(); s++) {
                double v = value(r, s);
                double w = max <= 0 ? 0 : Math.max(v > 0 ? 2 : 0, room * v / max);
                c.rect(0, y, w, 16, "url(#" + chart.id() + "-p" + (s % PALETTE.size()) + ")");
                c.text(w + 6, y + 13, chart.formatted(v), SMALL, "bold", TEXT, null);
                y += 16 + 4;
            }
            y += 10;
        }
        return y;
    }

    /**
     * The width the longest bar may take: what is left once the widest value written after a bar fits (bold text is a
     * tenth wider than the estimate), never less than half the chart.
     */
    private static double room(Chart chart, int size) {
        double widest = chart.rows().stream().flatMap(r -> r.values().stream())
                .mapToDouble(v -> textWidth(chart.formatted(v), size) * 1.1).max().orElse(0);
        return Math.max(WIDTH / 2.0, WIDTH - widest - 12);
    }

    /** Swatches with each series' pattern and name, wrapped into lines. */
    static int legend(Chart chart, Canvas c, int top) {
        double x = 0;
        int y = top + 4;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s);
            double w = 24 + textWidth(name, SMALL) + 14;
            if (x > 0 && x + w > WIDTH) {
                x = 0;
                y += 22;
            }
            c.rect(x, y, 18, 16, "url(#" + chart.id() + "-p" + (s % PALETTE.size()) + ")");
            c.text(x + 24, y + 13, name, SMALL, null, TEXT, null);
            x += w;
        }
        return y + 26;
    }

    private static int ring(Chart chart, Canvas c) {
        Chart.Row r = chart.rows().get(0);
        double total = r.values().size() > 1 ? r.values().get(1) : 0;
        double share = total <= 0 ? 0 : Math.min(1, r.value() / total);
        double radius = 62;
        double circumference = 2 * Math.PI * radius;
        c.out.append("<circle cx=\"80\" cy=\"80\" r=\"62\" fill=\"none\" stroke=\"#d0d7de\" stroke-width=\"22\"/>");
        if (share > 0) {
            c.out.append("<circle cx=\"80\" cy=\"80\" r=\"62\" fill=\"none\" stroke=\"").append(PALETTE.get(0))
                    .append("\" stroke-width=\"22\" stroke-dasharray=\"").append(num(circumference * share)).append(' ')
                    .append(num(circumference)).append("\" transform=\"rotate(-90 80 80)\"/>");
        }
        c.text(80, 88, chart.number(100 * share) + " %", 24, "bold", TEXT, "middle");
        int y = c.lines(176, 70, wrap(chart.number(r.value()) + " / " + chart.number(total), WIDTH - 176, 20), 20, "bold",
                TEXT, 24);
        c.lines(176, y + 24, wrap(r.label(), WIDTH - 176, SIZE), SIZE, null, TEXT, LEADING);
        return 166;
    }

    private static int timeline(Chart chart, Canvas c) {
        c.usesPatterns = true;
        java.time.LocalDate from = chart.rows().stream().map(Chart.Row::start).min(java.time.LocalDate::compareTo).orElseThrow();
        java.time.LocalDate to = chart.rows().stream().map(Chart.Row::end).max(java.time.LocalDate::compareTo).orElseThrow();
        if (chart.today() != null && chart.today().isBefore(from)) {
            from = chart.today();
        }
        if (chart.today() != null && chart.today().isAfter(to)) {
            to = chart.today();
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double room = WIDTH - 2;
        final java.time.LocalDate origin = from;
        java.util.function.Function<java.time.LocalDate, Double> x = d -> 1 + room * ChronoUnit.DAYS.between(origin, d) / days;
        c.text(0, SMALL, chart.date(from), SMALL, null, MUTED, null);
        c.text(WIDTH, SMALL, chart.date(to), SMALL, null, MUTED, "end");
        int y = 40;
        List<int[]> bars = new ArrayList<>();
        for (Chart.Row r : chart.rows()) {
            y = c.lines(0, y + SIZE, wrap(r.label(), WIDTH, SIZE), SIZE, null, TEXT, LEADING);
            y = c.lines(0, y + SMALL + 2, wrap(r.status() + " · " + chart.date(r.start()) + " – " + chart.date(r.end()),
                    WIDTH, SMALL), SMALL, null, MUTED, SMALL_LEADING) + 4;
            double x0 = x.apply(r.start());
            double w = Math.max(6, x.apply(r.end()) - x0);
            c.rect(Math.min(x0, WIDTH - 7), y, w, 14, "url(#" + chart.id() + "-s" + r.state() + ")");
            bars.add(new int[] {y - 3, y + 17});
            y += 14 + 12;
        }
        if (chart.today() != null) {
            // today: a dashed mark across each bar (not across the words), its date on top
            double tx = x.apply(chart.today());
            String label = chart.words().today() + " " + chart.date(chart.today());
            String anchor = tx < 80 ? "start" : tx > WIDTH - 80 ? "end" : "middle";
            c.text(tx + (anchor.equals("start") ? -1 : anchor.equals("end") ? 1 : 0), 30, label, SMALL, "bold", TEXT, anchor);
            bars.add(0, new int[] {33, 40});
            for (int[] span : bars) {
                c.out.append("<line x1=\"").append(num(tx)).append("\" y1=\"").append(span[0]).append("\" x2=\"")
                        .append(num(tx)).append("\" y2=\"").append(span[1]).append("\" stroke=\"").append(TEXT)
                        .append("\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"/>");
            }
        }
        return y;
    }

    /** The lines' colours: the palette's four darkest, then black and a dark amber, each at least 3:1 on white. */
    static final List<String> LINE_COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000",
            "#8C6D00");

    /** Dash patterns of the lines of a chart with several series, so that colour is never the only cue. */
    private static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3", "4 4", "1 2", "12 2", "6 2 1 2");

    private static int line(Chart chart, Canvas c) {
        List<Chart.Row> rows = chart.rows();
        int series = Math.max(1, chart.series().size());
        double max = rows.stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double min = Math.min(0, rows.stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).min()
                .orElse(0));
        int top = series > 1 ? lineLegend(chart, c) + 20 : 26;
        int plot = 150;
        int left = 10;
        int right = WIDTH - 20;
        double span = max - min == 0 ? 1 : max - min;
        c.out.append("<line x1=\"").append(left).append("\" y1=\"").append(top + plot).append("\" x2=\"").append(right)
                .append("\" y2=\"").append(top + plot).append("\" stroke=\"").append(MUTED).append("\"/>");
        double step = rows.size() == 1 ? 0 : (right - left - 20.0) / (rows.size() - 1);
        boolean every = rows.size() <= 8;
        for (int s = 0; s < series; s++) {
            String colour = LINE_COLOURS.get(s % LINE_COLOURS.size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                double px = left + 10 + step * i;
                double py = top + plot - plot * (value(rows.get(i), s) - min) / span;
                points.append(num(px)).append(',').append(num(py)).append(' ');
            }
            c.out.append("<polyline points=\"").append(points.toString().trim()).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"3\"");
            if (series > 1 && !DASHES.get(s % DASHES.size()).isEmpty()) {
                c.out.append(" stroke-dasharray=\"").append(DASHES.get(s % DASHES.size())).append('"');
            }
            c.out.append("/>");
            for (int i = 0; i < rows.size(); i++) {
                double px = left + 10 + step * i;
                double py = top + plot - plot * (value(rows.get(i), s) - min) / span;
                marker(c, series > 1 ? s : 0, px, py, colour);
                boolean labelled = series == 1 && (every || i == 0 || i == rows.size() - 1 || rows.get(i).value() == max);
                if (labelled) {
                    String anchor = i == 0 ? "start" : i == rows.size() - 1 ? "end" : "middle";
                    c.text(px + (i == 0 ? -6 : i == rows.size() - 1 ? 6 : 0), py - 10,
                            chart.formatted(rows.get(i).value()), SMALL, "bold", TEXT, anchor);
                }
            }
        }
        int labels = top + plot + 18;
        int stride = Math.max(1, (int) Math.ceil(rows.size() / 5.0));
        for (int i = 0; i < rows.size(); i += stride) {
            double px = left + 10 + step * i;
            c.text(px, labels, rows.get(i).label(), SMALL, null, MUTED, i == 0 ? "start" : "middle");
        }
        if ((rows.size() - 1) % stride != 0) {
            c.text(right, labels, rows.get(rows.size() - 1).label(), SMALL, null, MUTED, "end");
        }
        return labels + 10;
    }

    /** A point of series {@code s}: a circle, a square, a diamond or a triangle, white inside, so shape tells them apart. */
    private static void marker(Canvas c, int s, double x, double y, String colour) {
        String tail = "\" fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2.5\"/>";
        switch (s % 4) {
            case 1 -> c.out.append("<rect x=\"").append(num(x - 4)).append("\" y=\"").append(num(y - 4))
                    .append("\" width=\"8\" height=\"8").append(tail);
            case 2 -> c.out.append("<polygon points=\"").append(num(x)).append(',').append(num(y - 5.5)).append(' ')
                    .append(num(x + 5.5)).append(',').append(num(y)).append(' ').append(num(x)).append(',')
                    .append(num(y + 5.5)).append(' ').append(num(x - 5.5)).append(',').append(num(y)).append(tail);
            case 3 -> c.out.append("<polygon points=\"").append(num(x)).append(',').append(num(y - 5.5)).append(' ')
                    .append(num(x + 5.5)).append(',').append(num(y + 4.5)).append(' ').append(num(x - 5.5)).append(',')
                    .append(num(y + 4.5)).append(tail);
            default -> c.out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"4.5").append(tail);
        }
    }

    /**
     * The key of a chart with several lines: each series' line sample (its colour, dashes and point shape), its name and
     * its last value, one per line, so the picture is read without telling colours apart.
     */
    private static int lineLegend(Chart chart, Canvas c) {
        int y = 0;
        Chart.Row last = chart.rows().get(chart.rows().size() - 1);
        for (int s = 0; s < chart.series().size(); s++) {
            String colour = LINE_COLOURS.get(s % LINE_COLOURS.size());
            y += 22;
            c.out.append("<line x1=\"0\" y1=\"").append(y - 5).append("\" x2=\"30\" y2=\"").append(y - 5)
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"");
            if (!DASHES.get(s % DASHES.size()).isEmpty()) {
                c.out.append(" stroke-dasharray=\"").append(DASHES.get(s % DASHES.size())).append('"');
            }
            c.out.append("/>");
            marker(c, s, 15, y - 5, colour);
            c.text(38, y, chart.series().get(s) + ": " + chart.formatted(value(last, s)) + " (" + last.label() + ")",
                    SMALL, null, TEXT, null);
        }
        return y;
    }

    private static int treemap(Chart chart, Canvas c) {
        c.usesPatterns = true;
        List<Chart.Row> rows = chart.rows().stream().filter(r -> r.value() > 0)
                .sorted((a, b) -> Double.compare(b.value(), a.value())).toList();
        int height = 220;
        List<double[]> boxes = Treemap.layout(rows.stream().mapToDouble(Chart.Row::value).toArray(), WIDTH, height);
        for (int i = 0; i < rows.size(); i++) {
            double[] b = boxes.get(i);
            c.rect(b[0], b[1], b[2], b[3], "url(#" + chart.id() + "-p" + (i % PALETTE.size()) + ")");
            if (b[2] >= 22 && b[3] >= 20) {
                c.out.append("<rect x=\"").append(num(b[0] + 3)).append("\" y=\"").append(num(b[1] + 3))
                        .append("\" width=\"18\" height=\"16\" fill=\"#ffffff\" stroke=\"").append(TEXT).append("\"/>");
                c.text(b[0] + 12, b[1] + 15, String.valueOf(i + 1), SMALL, "bold", TEXT, "middle");
            }
        }
        double total = chart.total();
        int y = height + 8;
        for (int i = 0; i < rows.size(); i++) {
            Chart.Row r = rows.get(i);
            String line = (i + 1) + ". " + r.label() + ": " + chart.formatted(r.value()) + " ("
                    + chart.number(100 * r.value() / total) + " %)";
            y = c.lines(0, y + SIZE, wrap(line, WIDTH, SIZE), SIZE, null, TEXT, LEADING);
        }
        return y + 8;
    }

    /** Word-wrapped lines of at most {@code width} user units at {@code size}; words are never cut. */
    public static List<String> wrap(String text, double width, int size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && textWidth(line + " " + word, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** An estimate of a text's width: 0.6 em per character (DejaVu Sans is wide; better wrap early than overflow). */
    static double textWidth(String text, int size) {
        return text.length() * size * 0.6;
    }

    /** Patterns for series (p0…p7, each a colour with its own texture) and timeline states (s0 done, s1 late, s2 pending). */
    static String patterns(String id) {
        StringBuilder d = new StringBuilder("<defs>");
        String[] textures = {"", "<path d=\"M0 8 L8 0\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
            "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/>",
            "<path d=\"M0 4 H8 M4 0 V8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            "<path d=\"M0 0 L8 8\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>",
            "<path d=\"M0 4 H8\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>",
            "<path d=\"M4 0 V8\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
            "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#1f2328\"/>"};
        for (int i = 0; i < PALETTE.size(); i++) {
            d.append(pattern(id + "-p" + i, PALETTE.get(i), textures[i]));
        }
        d.append(pattern(id + "-s0", PALETTE.get(2), ""));
        d.append(pattern(id + "-s1", PALETTE.get(1), textures[1]));
        d.append(pattern(id + "-s2", "#ffffff", "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"" + PALETTE.get(0) + "\"/>"));
        d.append(pattern(id + "-none", "#ffffff", "<path d=\"M0 8 L8 0\" stroke=\"#8c959f\" stroke-width=\"1\"/>"));
        return d.append("</defs>").toString();
    }

    private static String pattern(String id, String colour, String texture) {
        return "<pattern id=\"" + id + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" "
                + "height=\"8\" fill=\"" + colour + "\"/>" + texture + "</pattern>";
    }

    static String num(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Where the drawing is written. */
    static final class Canvas {
        final StringBuilder out = new StringBuilder(2048);
        final String id;
        boolean usesPatterns;

        Canvas(String id) {
            this.id = id;
        }

        void rect(double x, double y, double w, double h, String fill) {
            out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                    .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append("\" stroke=\"")
                    .append(TEXT).append("\" stroke-width=\"1\"/>");
        }

        void text(double x, double y, String text, int size, String weight, String fill, String anchor) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(size)
                    .append("\" fill=\"").append(fill).append('"');
            if (weight != null) {
                out.append(" font-weight=\"").append(weight).append('"');
            }
            if (anchor != null) {
                out.append(" text-anchor=\"").append(anchor).append('"');
            }
            out.append('>').append(escape(text)).append("</text>");
        }

        /** Lines from baseline y, one every {@code leading}; returns the last baseline. */
        int lines(double x, int y, List<String> lines, int size, String weight, String fill, int leading) {
            int baseline = y;
            for (int i = 0; i < lines.size(); i++) {
                baseline = y + i * leading;
                text(x, baseline, lines.get(i), size, weight, fill, null);
            }
            return baseline;
        }
    }
}
