package org.apertura.participation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ProjectStatus;

/**
 * The map of a participatory budget's projects as a self-contained SVG: each geolocated project a numbered point placed
 * by its longitude and latitude inside the box of all the points (an equirectangular projection, fine at a city's
 * scale), with no base map and nothing loaded from a third party. The shape tells the state apart besides the colour
 * (feasible: circle, unfeasible: cross, awaiting review: square), and each point links to the project, so the page's
 * list beside the map carries the same facts for those who do not see it.
 */
final class ProjectMap {

    static final int WIDTH = 640;
    static final int HEIGHT = 420;
    private static final int PAD = 28;

    private ProjectMap() {
    }

    /** A project drawn on the map: where, and its number. */
    record Point(BudgetProject project, double x, double y) {
    }

    static List<Point> points(List<BudgetProject> projects) {
        List<BudgetProject> placed = projects.stream().filter(p -> p.getLatitude() != null && p.getLongitude() != null)
                .toList();
        List<Point> points = new ArrayList<>();
        if (placed.isEmpty()) {
            return points;
        }
        double minLon = placed.stream().mapToDouble(p -> p.getLongitude().doubleValue()).min().orElse(0);
        double maxLon = placed.stream().mapToDouble(p -> p.getLongitude().doubleValue()).max().orElse(0);
        double minLat = placed.stream().mapToDouble(p -> p.getLatitude().doubleValue()).min().orElse(0);
        double maxLat = placed.stream().mapToDouble(p -> p.getLatitude().doubleValue()).max().orElse(0);
        double spanLon = Math.max(maxLon - minLon, 0.002);
        double spanLat = Math.max(maxLat - minLat, 0.002);
        double scale = Math.min((WIDTH - 2.0 * PAD) / spanLon, (HEIGHT - 2.0 * PAD) / spanLat);
        double offX = (WIDTH - spanLon * scale) / 2;
        double offY = (HEIGHT - spanLat * scale) / 2;
        for (BudgetProject p : placed) {
            double x = offX + (p.getLongitude().doubleValue() - minLon) * scale;
            double y = HEIGHT - (offY + (p.getLatitude().doubleValue() - minLat) * scale);
            points.add(new Point(p, x, y));
        }
        return points;
    }

    /** The SVG's inner drawing: a frame and one linked, titled mark per point. */
    static String svg(List<Point> points, String base, Map<ProjectStatus, String> stateNames) {
        StringBuilder out = new StringBuilder();
        out.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(HEIGHT - 1)
                .append("\" fill=\"#f6f8fa\" stroke=\"#57606a\"/>");
        for (Point p : points) {
            BudgetProject project = p.project();
            String x = f(p.x());
            String y = f(p.y());
            out.append("<a href=\"").append(base).append("/proyectos/").append(project.getNumber()).append("\">");
            out.append("<title>").append(escape(project.getNumber() + ". " + project.getTitle() + " — "
                    + stateNames.get(project.getStatus()))).append("</title>");
            switch (project.getStatus()) {
                case FEASIBLE -> out.append("<circle cx=\"").append(x).append("\" cy=\"").append(y)
                        .append("\" r=\"11\" fill=\"#1f6feb\" stroke=\"#0b3d91\" stroke-width=\"2\"/>");
                case UNFEASIBLE -> out.append("<path d=\"M").append(f(p.x() - 9)).append(' ').append(f(p.y() - 9))
                        .append("L").append(f(p.x() + 9)).append(' ').append(f(p.y() + 9)).append("M")
                        .append(f(p.x() + 9)).append(' ').append(f(p.y() - 9)).append("L").append(f(p.x() - 9))
                        .append(' ').append(f(p.y() + 9)).append("\" stroke=\"#a40e26\" stroke-width=\"4\"/>");
                case PROPOSED -> out.append("<rect x=\"").append(f(p.x() - 9)).append("\" y=\"").append(f(p.y() - 9))
                        .append("\" width=\"18\" height=\"18\" fill=\"#ffffff\" stroke=\"#24292f\" stroke-width=\"2\"/>");
            }
            out.append("<text x=\"").append(x).append("\" y=\"").append(f(p.y() - 15))
                    .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"#24292f\">")
                    .append(project.getNumber()).append("</text></a>");
        }
        return out.toString();
    }

    /** A GeoJSON FeatureCollection of the geolocated projects (open data, the same facts as the list). */
    static Map<String, Object> geoJson(List<BudgetProject> projects, Map<Long, String> districts, String base) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (BudgetProject p : projects) {
            if (p.getLatitude() == null || p.getLongitude() == null) {
                continue;
            }
            Map<String, Object> properties = new java.util.LinkedHashMap<>();
            properties.put("number", p.getNumber());
            properties.put("title", p.getTitle());
            properties.put("district", districts.get(p.getDistrictId()));
            properties.put("place", p.getPlace());
            properties.put("status", p.getStatus().name());
            properties.put("cost", p.getCost() != null ? p.getCost() : p.getCostEstimate());
            properties.put("url", base + "/proyectos/" + p.getNumber());
            features.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
                    List.<BigDecimal>of(p.getLongitude(), p.getLatitude())), "properties", properties));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
