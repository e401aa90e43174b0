package org.apertura.meetings.web;

import java.util.ArrayList;
import java.util.List;
import org.apertura.meetings.Meeting;

/**
 * Where meetings with a map point are, drawn as a self-contained SVG the way participatory budgets draw their projects
 * (an equirectangular box around the points, no base map, nothing loaded from a third party): each point numbered and
 * linked to its meeting, with the list beside it carrying the same facts.
 */
final class MeetingMap {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final int PAD = 32;

    private MeetingMap() {
    }

    /** A meeting drawn on the map: where, and its number on it. */
    record Point(Meeting meeting, int number, double x, double y) {
    }

    static List<Point> points(List<Meeting> meetings) {
        List<Meeting> placed = meetings.stream().filter(m -> m.getLatitude() != null && m.getLongitude() != null)
                .toList();
        List<Point> points = new ArrayList<>();
        if (placed.isEmpty()) {
            return points;
        }
        double minLon = placed.stream().mapToDouble(m -> m.getLongitude().doubleValue()).min().orElse(0);
        double maxLon = placed.stream().mapToDouble(m -> m.getLongitude().doubleValue()).max().orElse(0);
        double minLat = placed.stream().mapToDouble(m -> m.getLatitude().doubleValue()).min().orElse(0);
        double maxLat = placed.stream().mapToDouble(m -> m.getLatitude().doubleValue()).max().orElse(0);
        double spanLon = Math.max(maxLon - minLon, 0.002);
        double spanLat = Math.max(maxLat - minLat, 0.002);
        double scale = Math.min((WIDTH - 2.0 * PAD) / spanLon, (HEIGHT - 2.0 * PAD) / spanLat);
        double offX = (WIDTH - spanLon * scale) / 2;
        double offY = (HEIGHT - spanLat * scale) / 2;
        for (int i = 0; i < placed.size(); i++) {
            Meeting m = placed.get(i);
            double x = offX + (m.getLongitude().doubleValue() - minLon) * scale;
            double y = HEIGHT - (offY + (m.getLatitude().doubleValue() - minLat) * scale);
            points.add(new Point(m, i + 1, Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0));
        }
        return points;
    }
}
