package org.apertura.platform.media;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A map of points as a self-contained SVG: each item with a point placed by its longitude and latitude inside the box
 * of all the points (an equirectangular projection, fine at a city's scale), with no base map and nothing loaded from
 * a third party. Each mark links to its item, carries a title, a label (its number) and a shape, so the state it shows
 * is told by the shape besides the colour; the page's list beside the map carries the same facts for those who do not
 * see it. Participatory budgets' projects, co-creation's proposals and meetings are drawn with it (docs/adr/0080).
 */
public final class PointMap {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 420;
    private static final int PAD = 28;

    /** How a mark is drawn: a filled circle, a cross, an open square. */
    public enum Shape {
        CIRCLE, CROSS, SQUARE
    }

    /** An item drawn on the map, and where. */
    public record Placed<T>(T item, double x, double y) {
    }

    /** A mark: where, the link, its title (read by screen readers and shown on hover), its label and shape. */
    public record Mark(double x, double y, String href, String title, String label, Shape shape) {
    }

    private PointMap() {
    }

    /** The items that have both coordinates, placed in the map's box in the order given. */
    public static <T> List<Placed<T>> place(List<T> items, Function<T, BigDecimal> latitude,
            Function<T, BigDecimal> longitude) {
        List<T> placed = items.stream().filter(i -> latitude.apply(i) != null && longitude.apply(i) != null).toList();
        List<Placed<T>> points = new ArrayList<>();
        if (placed.isEmpty()) {
            return points;
        }
        double minLon = placed.stream().mapToDouble(i -> longitude.apply(i).doubleValue()).min().orElse(0);
        double maxLon = placed.stream().mapToDouble(i -> longitude.apply(i).doubleValue()).max().orElse(0);
        double minLat = placed.stream().mapToDouble(i -> latitude.apply(i).doubleValue()).min().orElse(0);
        double maxLat = placed.stream().mapToDouble(i -> latitude.apply(i).doubleValue()).max().orElse(0);
        double spanLon = Math.max(maxLon - minLon, 0.002);
        double spanLat = Math.max(maxLat - minLat, 0.002);
        if (maxLon - minLon < spanLon) { // a lone point, or points close together: centred in the box
            minLon = (minLon + maxLon - spanLon) / 2;
        }
        if (maxLat - minLat < spanLat) {
            minLat = (minLat + maxLat - spanLat) / 2;
        }
        double scale = Math.min((WIDTH - 2.0 * PAD) / spanLon, (HEIGHT - 2.0 * PAD) / spanLat);
        double offX = (WIDTH - spanLon * scale) / 2;
        double offY = (HEIGHT - spanLat * scale) / 2;
        for (T item : placed) {
            double x = offX + (longitude.apply(item).doubleValue() - minLon) * scale;
            double y = HEIGHT - (offY + (latitude.apply(item).doubleValue() - minLat) * scale);
            points.add(new Placed<>(item, x, y));
        }
        return points;
    }

    /** The SVG's inner drawing (the page gives the {@code <svg>} its viewBox and label): a frame and the marks. */
    public static String svg(List<Mark> marks) {
        StringBuilder out = new StringBuilder();
        out.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(HEIGHT - 1)
                .append("\" fill=\"#f6f8fa\" stroke=\"#57606a\"/>");
        for (Mark m : marks) {
            String x = f(m.x());
            String y = f(m.y());
            out.append("<a href=\"").append(escape(m.href())).append("\">");
            out.append("<title>").append(escape(m.title())).append("</title>");
            switch (m.shape()) {
                case CIRCLE -> out.append("<circle cx=\"").append(x).append("\" cy=\"").append(y)
                        .append("\" r=\"11\" fill=\"#1f6feb\" stroke=\"#0b3d91\" stroke-width=\"2\"/>");
                case CROSS -> out.append("<path d=\"M").append(f(m.x() - 9)).append(' ').append(f(m.y() - 9))
                        .append("L").append(f(m.x() + 9)).append(' ').append(f(m.y() + 9)).append("M")
                        .append(f(m.x() + 9)).append(' ').append(f(m.y() - 9)).append("L").append(f(m.x() - 9))
                        .append(' ').append(f(m.y() + 9)).append("\" stroke=\"#a40e26\" stroke-width=\"4\"/>");
                case SQUARE -> out.append("<rect x=\"").append(f(m.x() - 9)).append("\" y=\"").append(f(m.y() - 9))
                        .append("\" width=\"18\" height=\"18\" fill=\"#ffffff\" stroke=\"#24292f\" stroke-width=\"2\"/>");
            }
            out.append("<text x=\"").append(x).append("\" y=\"").append(f(m.y() - 15))
                    .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"#24292f\">")
                    .append(escape(m.label())).append("</text></a>");
        }
        return out.toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
