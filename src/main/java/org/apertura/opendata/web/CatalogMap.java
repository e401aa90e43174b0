package org.apertura.opendata.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A static map of a GeoJSON file, drawn on the server as SVG (no tiles, no script), with its text alternative: each
 * feature's name, kind of shape, where it is (its point, or the centre of its shape) and its other properties. Points
 * are circles, lines polylines, polygons filled paths; longitude is scaled by the cosine of the middle latitude so
 * shapes keep their proportions. Files over {@link #MAX_BYTES} or with more than {@link #MAX_FEATURES} features are
 * not drawn (the page says so and offers the download).
 */
public record CatalogMap(String svgPaths, int width, int height, List<Feature> features, int total) {

    public static final long MAX_BYTES = 5_000_000;
    public static final int MAX_FEATURES = 2000;
    /** Features listed in the text alternative. */
    public static final int LISTED = 200;
    private static final int WIDTH = 640;
    private static final int PAD = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NAME_KEYS = List.of("nombre", "name", "nom_mun", "nom_ent", "nom_loc", "titulo",
            "title", "descripcion", "id");

    /** A feature as the text alternative lists it. */
    public record Feature(String name, String shape, double latitude, double longitude, Map<String, String> properties) {

        /** Where it is, in degrees (4 decimals, about 10 m). */
        public String place() {
            return String.format(Locale.US, "%.4f, %.4f", latitude, longitude);
        }
    }

    /** The map of a GeoJSON stream (a FeatureCollection, a Feature or a bare geometry); empty when nothing to draw. */
    public static Optional<CatalogMap> of(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in.readNBytes((int) MAX_BYTES + 1));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<JsonNode> features = new ArrayList<>();
        String type = text(root.get("type"));
        if ("FeatureCollection".equals(type) && root.get("features") != null && root.get("features").isArray()) {
            root.get("features").forEach(features::add);
        } else if ("Feature".equals(type)) {
            features.add(root);
        } else if (type != null) {
            features.add(JSON.createObjectNode().set("geometry", root));
        }
        if (features.isEmpty() || features.size() > MAX_FEATURES) {
            return Optional.empty();
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<List<List<double[]>>> shapes = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (JsonNode f : features) {
            List<List<double[]>> parts = new ArrayList<>();
            String kind = collect(f.get("geometry"), parts);
            shapes.add(parts);
            kinds.add(kind);
            parts.forEach(part -> part.forEach(p -> {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }));
        }
        if (box[0] > box[2]) {
            return Optional.empty();
        }
        double cos = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double spanX = Math.max((box[2] - box[0]) * cos, 1e-6);
        double spanY = Math.max(box[3] - box[1], 1e-6);
        double scale = (WIDTH - 2 * PAD) / Math.max(spanX, spanY * 1.0);
        if (spanY * scale > 480) {
            scale = (480 - 2 * PAD) / spanY;
        }
        final double s = scale;
        int height = (int) Math.ceil(spanY * s) + 2 * PAD;
        int width = (int) Math.ceil(spanX * s) + 2 * PAD;
        StringBuilder svg = new StringBuilder();
        List<Feature> listed = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String kind = kinds.get(i);
            List<List<double[]>> parts = shapes.get(i);
            if (kind == null || parts.isEmpty()) {
                continue;
            }
            String name = name(features.get(i).get("properties"), i + 1);
            switch (kind) {
                case "point" -> parts.forEach(part -> part.forEach(p -> svg.append(String.format(Locale.US,
                        "<circle class=\"map-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"><title>%s</title></circle>",
                        x(p, box, cos, s), y(p, box, s), escape(name)))));
                case "line" -> parts.forEach(part -> svg.append("<polyline class=\"map-line\" points=\"")
                        .append(points(part, box, cos, s)).append("\"><title>").append(escape(name))
                        .append("</title></polyline>"));
                default -> {
                    svg.append("<path class=\"map-area\" d=\"");
                    parts.forEach(part -> svg.append('M').append(points(part, box, cos, s).replace(" ", " L"))
                            .append('Z'));
                    svg.append("\"><title>").append(escape(name)).append("</title></path>");
                }
            }
            if (listed.size() < LISTED) {
                double[] centre = centre(parts);
                listed.add(new Feature(name, kind, centre[1], centre[0], properties(features.get(i).get("properties"), name)));
            }
        }
        return Optional.of(new CatalogMap(svg.toString(), width, height, listed, features.size()));
    }

    /** The geometry's rings, lines or points in {@code parts}; its kind: point, line or area (null when none). */
    private static String collect(JsonNode geometry, List<List<double[]>> parts) {
        if (geometry == null || geometry.isNull()) {
            return null;
        }
        String type = text(geometry.get("type"));
        JsonNode c = geometry.get("coordinates");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "Point" -> {
                point(c).ifPresent(p -> parts.add(List.of(p)));
                return "point";
            }
            case "MultiPoint" -> {
                List<double[]> all = new ArrayList<>();
                each(c, n -> point(n).ifPresent(all::add));
                parts.add(all);
                return "point";
            }
            case "LineString" -> {
                parts.add(line(c));
                return "line";
            }
            case "MultiLineString" -> {
                each(c, n -> parts.add(line(n)));
                return "line";
            }
            case "Polygon" -> {
                each(c, n -> parts.add(line(n)));
                return "area";
            }
            case "MultiPolygon" -> {
                each(c, polygon -> each(polygon, ring -> parts.add(line(ring))));
                return "area";
            }
            case "GeometryCollection" -> {
                String kind = null;
                JsonNode all = geometry.get("geometries");
                if (all != null && all.isArray()) {
                    for (JsonNode g : all) {
                        String k = collect(g, parts);
                        kind = kind == null ? k : kind;
                    }
                }
                return kind;
            }
            default -> {
                return null;
            }
        }
    }

    private static void each(JsonNode array, java.util.function.Consumer<JsonNode> action) {
        if (array != null && array.isArray()) {
            array.forEach(action);
        }
    }

    private static Optional<double[]> point(JsonNode c) {
        if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            return Optional.empty();
        }
        double lon = c.get(0).asDouble();
        double lat = c.get(1).asDouble();
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            return Optional.empty();
        }
        return Optional.of(new double[] {lon, lat});
    }

    private static List<double[]> line(JsonNode c) {
        List<double[]> points = new ArrayList<>();
        each(c, n -> point(n).ifPresent(points::add));
        return points;
    }

    private static double x(double[] p, double[] box, double cos, double scale) {
        return PAD + (p[0] - box[0]) * cos * scale;
    }

    private static double y(double[] p, double[] box, double scale) {
        return PAD + (box[3] - p[1]) * scale;
    }

    private static String points(List<double[]> part, double[] box, double cos, double scale) {
        StringBuilder out = new StringBuilder();
        for (double[] p : part) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(String.format(Locale.US, "%.1f,%.1f", x(p, box, cos, scale), y(p, box, scale)));
        }
        return out.toString();
    }

    /** The centre of a shape's bounding box (a point's own place). */
    private static double[] centre(List<List<double[]>> parts) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        parts.forEach(part -> part.forEach(p -> {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        }));
        return new double[] {(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
    }

    private static String name(JsonNode properties, int number) {
        if (properties != null && properties.isObject()) {
            for (String key : NAME_KEYS) {
                for (var entry : properties.properties()) {
                    if (entry.getKey().equalsIgnoreCase(key) && entry.getValue().isValueNode()
                            && !entry.getValue().isNull()) {
                        String value = entry.getValue().asString().strip();
                        if (!value.isEmpty()) {
                            return value.length() > 200 ? value.substring(0, 200) : value;
                        }
                    }
                }
            }
        }
        return "#" + number;
    }

    private static Map<String, String> properties(JsonNode properties, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        if (properties != null && properties.isObject()) {
            for (var entry : properties.properties()) {
                if (out.size() >= 8) {
                    break;
                }
                JsonNode v = entry.getValue();
                String value = v.isValueNode() ? (v.isNull() ? "" : v.asString()) : v.toString();
                if (value.strip().equals(name)) {
                    continue;
                }
                out.put(entry.getKey(), value.length() > 200 ? value.substring(0, 200) + "…" : value);
            }
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
