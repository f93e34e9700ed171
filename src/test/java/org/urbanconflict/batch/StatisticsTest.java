package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statistics against values computed by hand (and checked against R: quantile type 7, t.test, Wilson). */
class StatisticsTest {
    @Test
    void describesOneToFive() {
        Statistics.Description d = Statistics.describe(new double[] {3, 1, 5, 2, 4});
        assertEquals(5, d.n());
        assertEquals(3.0, d.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), d.sd(), 1e-12, "sample standard deviation");
        assertEquals(3.0, d.median(), 1e-12);
        assertEquals(1.2, d.p05(), 1e-12, "type 7: position 0.05 * 4 = 0.2 between 1 and 2");
        assertEquals(2.0, d.p25(), 1e-12);
        assertEquals(4.0, d.p75(), 1e-12);
        assertEquals(4.8, d.p95(), 1e-12);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, d.ciLow(), 1e-9, "t(4) 97.5% quantile is 2.776445");
        assertEquals(3 + half, d.ciHigh(), 1e-9);
        assertEquals(1.0368, d.ciLow(), 1e-4);
    }

    @Test
    void missingValuesAreCountedNotAveraged() {
        Statistics.Description d = Statistics.describe(new double[] {Double.NaN, 2, Double.NaN, 4});
        assertEquals(2, d.n());
        assertEquals(2, d.missing());
        assertEquals(3.0, d.mean(), 1e-12);
        Statistics.Description none = Statistics.describe(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(Statistics.describe(new double[] {7}).ciLow()), "no interval from one value");
    }

    @Test
    void wilsonIntervalsMatchTheTextbook() {
        Statistics.Proportion half = Statistics.wilson(5, 10);
        assertEquals(0.5, half.p(), 1e-12);
        assertEquals(0.2366, half.low(), 1e-4);
        assertEquals(0.7634, half.high(), 1e-4);
        Statistics.Proportion none = Statistics.wilson(0, 10);
        assertEquals(0.0, none.low(), 0.0, "exactly 0, not a rounding residue");
        assertEquals(0.2775, none.high(), 1e-4);
        Statistics.Proportion all = Statistics.wilson(20, 20);
        assertEquals(0.8389, all.low(), 1e-4);
        assertEquals(1.0, all.high(), 0.0);
    }

    @Test
    void sortedQuantileInterpolates() {
        double[] sorted = {10, 20, 30, 40};
        assertEquals(25.0, Statistics.sortedQuantile(sorted, 4, 0.5), 1e-12);
        assertEquals(10.0, Statistics.sortedQuantile(sorted, 4, 0.0), 1e-12);
        assertEquals(38.5, Statistics.sortedQuantile(sorted, 4, 0.95), 1e-12);
        assertEquals(20.0, Statistics.sortedQuantile(sorted, 2, 1.0), 1e-12, "only the first count values count");
    }
}
