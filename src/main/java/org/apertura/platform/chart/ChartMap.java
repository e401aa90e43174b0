package org.apertura.platform.chart;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mexico's 32 states shaded by value. Geometry: {@code geo/mexico-states.json}, from the npm package
 * {@code @svg-maps/mexico} 2.0.0 by Victor Cazanave, CC-BY-4.0 (see {@code geo/README.md}); rows are keyed by
 * the state's INEGI code ("10" Durango). States with data carry their value written on them; states without data
 * are hatched; a legend gives each shade's range.
 */
final class ChartMap {

    record State(String inegi, String name, String path, double cx, double cy) {
    }

    static final List<State> STATES = load();
    private static final double MAP_WIDTH = 793;
    private static final double MAP_HEIGHT = 498;

    private ChartMap() {
    }

    static int draw(Chart chart, ChartSvg.Canvas c) {
        c.usesPatterns = true;
        Map<String, Double> values = new HashMap<>();
        chart.rows().forEach(r -> values.put(r.key(), r.value()));
        double max = chart.rows().stream().mapToDouble(Chart.Row::value).max().orElse(0);
        double scale = ChartSvg.WIDTH / MAP_WIDTH;
        int classes = ChartSvg.SEQUENTIAL.size();
        c.out.append("<g transform=\"scale(").append(String.format(java.util.Locale.ROOT, "%.5f", scale))
                .append(")\" stroke=\"#ffffff\" stroke-width=\"1\">");
        for (State s : STATES) {
            Double v = values.get(s.inegi());
            String fill = v == null ? "url(#" + chart.id() + "-none)" : ChartSvg.SEQUENTIAL.get(shade(v, max, classes));
            c.out.append("<path d=\"").append(s.path()).append("\" fill=\"").append(fill).append("\" stroke=\"#57606a\"/>");
        }
        c.out.append("</g>");
        for (State s : STATES) {
            Double v = values.get(s.inegi());
            if (v != null) {
                String label = chart.number(v);
                double x = s.cx() * scale;
                double y = s.cy() * scale + 4;
                double w = ChartSvg.textWidth(label, ChartSvg.SMALL) + 6;
                c.out.append("<rect x=\"").append(ChartSvg.num(x - w / 2)).append("\" y=\"").append(ChartSvg.num(y - 12))
                        .append("\" width=\"").append(ChartSvg.num(w)).append("\" height=\"16\" rx=\"3\" fill=\"#ffffff\" ")
                        .append("stroke=\"").append(ChartSvg.TEXT).append("\"/>");
                c.text(x, y, label, ChartSvg.SMALL, "bold", ChartSvg.TEXT, "middle");
            }
        }
        int y = (int) Math.ceil(MAP_HEIGHT * scale) + 10;
        double x = 0;
        boolean whole = chart.rows().stream().allMatch(r -> r.value() == Math.rint(r.value()));
        for (Shade shade : legend(max, classes, whole)) {
            String range = shade.low() == shade.high() ? chart.number(shade.low())
                    : chart.number(shade.low()) + "–" + chart.number(shade.high());
            double w = 22 + ChartSvg.textWidth(range, ChartSvg.SMALL) + 10;
            if (x + w > ChartSvg.WIDTH) {
                x = 0;
                y += 20;
            }
            c.rect(x, y, 16, 14, ChartSvg.SEQUENTIAL.get(shade.index()));
            c.text(x + 20, y + 12, range, ChartSvg.SMALL, null, ChartSvg.TEXT, null);
            x += w;
        }
        String none = chart.words().missing();
        if (x + 22 + ChartSvg.textWidth(none, ChartSvg.SMALL) > ChartSvg.WIDTH) {
            x = 0;
            y += 20;
        }
        c.rect(x, y, 16, 14, "url(#" + chart.id() + "-none)");
        c.text(x + 20, y + 12, none, ChartSvg.SMALL, null, ChartSvg.TEXT, null);
        return y + 24;
    }

    /** One shade of the legend: its colour's index and the lowest and highest value it stands for. */
    record Shade(int index, double low, double high) {
    }

    /**
     * The legend's shades. For whole numbers (counts), each shade names the whole numbers {@link #shade} gives it,
     * and a shade no whole number falls in is left out: with a largest value of 2, the legend reads «0», «1», «2»
     * rather than ranges like «1–0». Other values get the five equal ranges from 0 to the largest value.
     */
    static List<Shade> legend(double max, int classes, boolean whole) {
        List<Shade> shades = new java.util.ArrayList<>();
        if (!whole) {
            for (int k = 0; k < classes; k++) {
                shades.add(new Shade(k, max * k / classes, max * (k + 1) / classes));
            }
            return shades;
        }
        long top = (long) Math.max(0, Math.floor(max));
        for (int k = 0; k < classes; k++) {
            long low = Math.max(0, (long) Math.floor(max * k / classes) - 1);
            while (low <= top && shade(low, max, classes) < k) {
                low++;
            }
            long high = Math.min(top, (long) Math.ceil(max * (k + 1) / classes) + 1);
            while (high >= low && shade(high, max, classes) > k) {
                high--;
            }
            if (low <= high && shade(low, max, classes) == k) {
                shades.add(new Shade(k, low, high));
            }
        }
        return shades;
    }

    static int shade(double value, double max, int classes) {
        if (max <= 0) {
            return 0;
        }
        return (int) Math.min(classes - 1, Math.floor(classes * value / max - 1e-9 < 0 ? 0 : classes * value / max - 1e-9));
    }

    /** A state's name by INEGI code ("10" → "Durango"), or the code when unknown. */
    static String name(String inegi) {
        return STATES.stream().filter(s -> s.inegi().equals(inegi)).map(State::name).findFirst().orElse(inegi);
    }

    private static List<State> load() {
        try (InputStream in = ChartMap.class.getResourceAsStream("/geo/mexico-states.json")) {
            tools.jackson.databind.JsonNode root = new tools.jackson.databind.ObjectMapper().readTree(in);
            List<State> states = new java.util.ArrayList<>();
            for (tools.jackson.databind.JsonNode s : root.get("states")) {
                states.add(new State(s.get("inegi").asString(), s.get("name").asString(), s.get("path").asString(),
                        s.get("cx").asDouble(), s.get("cy").asDouble()));
            }
            return List.copyOf(states);
        } catch (IOException e) {
            throw new IllegalStateException("geo/mexico-states.json is part of the application", e);
        }
    }
}
