package org.apertura.contracting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The quantile estimator is statrs'. The cases are statrs' own {@code test_quantile_short}: exact where statrs
 * asserts equality, within 1e-15 where statrs uses {@code assert_almost_eq!} with that tolerance.
 */
class QuartilesTest {

    private static final double[] DATA = sorted(-1.0, 5.0, 0.0, -3.0, 10.0, -0.5, 4.0, 0.2, 1.0, 6.0);

    @Test
    void matchesStatrs() {
        assertEquals(-3.0, Quartiles.quantile(DATA, 0.0));
        assertEquals(10.0, Quartiles.quantile(DATA, 1.0));
        assertEquals(3.0 / 5.0, Quartiles.quantile(DATA, 0.5), 1e-15);
        assertEquals(-4.0 / 5.0, Quartiles.quantile(DATA, 0.2), 1e-15);
        assertEquals(137.0 / 30.0, Quartiles.quantile(DATA, 0.7));
        assertEquals(-3.0, Quartiles.quantile(DATA, 0.01));
        assertEquals(10.0, Quartiles.quantile(DATA, 0.99));
        assertEquals(287.0 / 375.0, Quartiles.quantile(DATA, 0.52), 1e-15);
        assertEquals(-37.0 / 240.0, Quartiles.quantile(DATA, 0.325), 1e-15);
    }

    @Test
    void anEmptyPopulationHasNoQuartilesAndFlagsNothing() {
        Quartiles quartiles = Quartiles.of(List.of());

        assertTrue(Double.isNaN(quartiles.q1()) && Double.isNaN(quartiles.upperFence()));
        assertTrue(Double.isNaN(Quartiles.quantile(DATA, 1.5)));
    }

    @Test
    void fencesAreOneAndAHalfInterquartileRangesOut() {
        Quartiles quartiles = Quartiles.of(List.of(0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));

        assertEquals(2.0 / 3.0, quartiles.q1(), 1e-15);
        assertEquals(1.0, quartiles.q3());
        assertEquals(quartiles.q1() - 1.5 * (quartiles.q3() - quartiles.q1()), quartiles.lowerFence(), 1e-15);
        assertEquals(quartiles.q3() + 1.5 * (quartiles.q3() - quartiles.q1()), quartiles.upperFence(), 1e-15);
    }

    @Test
    void metaRoundsHalvesAwayFromZeroLikeRust() {
        // 0.09375 × 10000 is exactly 937.5; Java's Math.round would give -937 for the negative half.
        assertEquals(0.0938, RedFlagReport.roundToFourDecimals(0.09375));
        assertEquals(-0.0938, RedFlagReport.roundToFourDecimals(-0.09375));
        assertEquals(66.6667, RedFlagReport.roundToFourDecimals(200.0 / 3.0));
    }

    private static double[] sorted(double... values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
