package org.apertura.contracting;

import java.util.Arrays;
import java.util.Collection;

/**
 * The first and third quartiles of a population, estimated as Cardinal does through the statrs crate: the R-8
 * quantile (median-unbiased, {@code h = (n + 1/3)τ + 1/3}, linear interpolation between order statistics), with
 * Tukey's fences at 1.5 times the interquartile range. An empty population gives NaN, which flags nothing.
 */
record Quartiles(double q1, double q3) {

    /** The quartiles of the values. */
    static Quartiles of(Collection<Double> values) {
        double[] sorted = sorted(values);
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    /** The p-th percentile of the values, with the same estimator. */
    static double percentile(Collection<Double> values, int p) {
        return quantile(sorted(values), p / 100.0);
    }

    /**
     * The τ-quantile of sorted values, exactly as statrs' {@code OrderStatistics::quantile} computes it (same
     * operations in the same order, so the same double).
     */
    static double quantile(double[] sorted, double tau) {
        int n = sorted.length;
        if (tau < 0.0 || tau > 1.0 || n == 0) {
            return Double.NaN;
        }
        double h = (n + 1.0 / 3.0) * tau + 1.0 / 3.0;
        long hf = (long) h;
        if (hf <= 0 || tau == 0.0) {
            return sorted[0];
        }
        // statrs compares τ with 1 within 4 units in the last place.
        if (hf >= n || 1.0 - tau <= 4 * Math.ulp(0.5)) {
            return sorted[n - 1];
        }
        double a = sorted[(int) hf - 1];
        double b = sorted[(int) hf];
        return a + (h - hf) * (b - a);
    }

    /** Q1 − 1.5 IQR, with the fused multiply-add Cardinal uses ({@code mul_add}), so the same double. */
    double lowerFence() {
        return Math.fma(q3 - q1, -1.5, q1);
    }

    /** Q3 + 1.5 IQR, with the fused multiply-add Cardinal uses ({@code mul_add}), so the same double. */
    double upperFence() {
        return Math.fma(q3 - q1, 1.5, q3);
    }

    /** Records both quartiles under {@code Meta} for the indicator, as {@code <prefix>q1} and {@code <prefix>q3}. */
    void record(FlagAccumulator flags, Indicator indicator, String prefix) {
        flags.meta(indicator, prefix + "q1", q1);
        flags.meta(indicator, prefix + "q3", q3);
    }

    private static double[] sorted(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
