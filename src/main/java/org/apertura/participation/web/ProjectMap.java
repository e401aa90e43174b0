package org.apertura.participation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ProjectStatus;
import org.apertura.platform.media.PointMap;

/**
 * The map of a participatory budget's projects, drawn by the platform's {@link PointMap} (a self-contained SVG, no
 * base map, nothing loaded from a third party): each geolocated project a numbered point. The shape tells the state apart besides the colour
 * (feasible: circle, unfeasible: cross, awaiting review: square), and each point links to the project, so the page's
 * list beside the map carries the same facts for those who do not see it.
 */
final class ProjectMap {

    static final int WIDTH = PointMap.WIDTH;
    static final int HEIGHT = PointMap.HEIGHT;

    private ProjectMap() {
    }

    static List<PointMap.Placed<BudgetProject>> points(List<BudgetProject> projects) {
        return PointMap.place(projects, BudgetProject::getLatitude, BudgetProject::getLongitude);
    }

    /** The SVG's inner drawing: a frame and one linked, titled mark per point, its shape by the project's state. */
    static String svg(List<PointMap.Placed<BudgetProject>> points, String base, Map<ProjectStatus, String> stateNames) {
        return PointMap.svg(points.stream().map(p -> {
            BudgetProject project = p.item();
            PointMap.Shape shape = switch (project.getStatus()) {
                case FEASIBLE -> PointMap.Shape.CIRCLE;
                case UNFEASIBLE -> PointMap.Shape.CROSS;
                case PROPOSED -> PointMap.Shape.SQUARE;
            };
            return new PointMap.Mark(p.x(), p.y(), base + "/proyectos/" + project.getNumber(), project.getNumber()
                    + ". " + project.getTitle() + " — " + stateNames.get(project.getStatus()),
                    String.valueOf(project.getNumber()), shape);
        }).toList());
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
}
