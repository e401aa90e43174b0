package org.apertura.meetings.web;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
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

    /**
     * The points, centred on the middle of their box and scaled so the farthest fit inside the margins (a lone point
     * sits in the middle).
     */
    static List<Point> points(List<Meeting> meetings) {
        List<Meeting> placed = meetings.stream().filter(m -> m.getLatitude() != null && m.getLongitude() != null)
                .toList();
        List<Point> points = new ArrayList<>();
        if (placed.isEmpty()) {
            return points;
        }
        DoubleSummaryStatistics lon = placed.stream().mapToDouble(m -> m.getLongitude().doubleValue()).summaryStatistics();
        DoubleSummaryStatistics lat = placed.stream().mapToDouble(m -> m.getLatitude().doubleValue()).summaryStatistics();
        double midLon = (lon.getMin() + lon.getMax()) / 2;
        double midLat = (lat.getMin() + lat.getMax()) / 2;
        double scale = Math.min((WIDTH - 2.0 * PAD) / Math.max(lon.getMax() - lon.getMin(), 0.002),
                (HEIGHT - 2.0 * PAD) / Math.max(lat.getMax() - lat.getMin(), 0.002));
        int number = 0;
        for (Meeting m : placed) {
            double x = WIDTH / 2.0 + (m.getLongitude().doubleValue() - midLon) * scale;
            double y = HEIGHT / 2.0 - (m.getLatitude().doubleValue() - midLat) * scale;
            points.add(new Point(m, ++number, Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0));
        }
        return points;
    }
}
