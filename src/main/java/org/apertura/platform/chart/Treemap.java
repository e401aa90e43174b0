package org.apertura.platform.chart;

import java.util.ArrayList;
import java.util.List;

/** The squarified treemap layout (Bruls, Huizing, van Wijk 2000): values, largest first, into rectangles. */
final class Treemap {

    private Treemap() {
    }

    /** One {x, y, width, height} per value, in order; values must be positive and sorted largest first. */
    static List<double[]> layout(double[] values, double width, double height) {
        List<double[]> boxes = new ArrayList<>();
        double total = 0;
        for (double v : values) {
            total += v;
        }
        if (values.length == 0 || total <= 0) {
            return boxes;
        }
        double scale = width * height / total;
        double x = 0;
        double y = 0;
        double w = width;
        double h = height;
        int i = 0;
        while (i < values.length) {
            double side = Math.min(w, h);
            int end = i;
            double sum = 0;
            double worst = Double.MAX_VALUE;
            while (end < values.length) {
                double next = sum + values[end] * scale;
                double candidate = worst(values, i, end + 1, next, side, scale);
                if (candidate > worst) {
                    break;
                }
                worst = candidate;
                sum = next;
                end++;
            }
            double thickness = sum / side;
            double offset = 0;
            for (int k = i; k < end; k++) {
                double length = values[k] * scale / thickness;
                if (w >= h) {
                    boxes.add(new double[] {x, y + offset, thickness, length});
                } else {
                    boxes.add(new double[] {x + offset, y, length, thickness});
                }
                offset += length;
            }
            if (w >= h) {
                x += thickness;
                w -= thickness;
            } else {
                y += thickness;
                h -= thickness;
            }
            i = end;
        }
        return boxes;
    }

    private static double worst(double[] values, int from, int to, double sum, double side, double scale) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int k = from; k < to; k++) {
            max = Math.max(max, values[k] * scale);
            min = Math.min(min, values[k] * scale);
        }
        double s2 = sum * sum;
        double side2 = side * side;
        return Math.max(side2 * max / s2, s2 / (side2 * min));
    }
}
