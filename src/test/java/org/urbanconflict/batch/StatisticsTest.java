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
    void newcombesPairedIntervalMatchesTheHandComputedFormula() {
        // 41 pairs (the worked example of Altman et al., Statistics with Confidence, table 6.2): 14 with the event in
        // both, 5 in A only, none in B only, 22 in neither. pA = 19/41, pB = 14/41; the Wilson interval of each and
        // phi = (14*22 - 0 - 41/2) / sqrt(19*22*14*27), put through Newcombe's formulas in a separate calculation:
        // B - A = -0.1219512, interval -0.2264927 to -0.0114832.
        Statistics.PairedDifference d = Statistics.pairedDifference(14, 5, 0, 22);
        assertEquals(-5.0 / 41, d.difference(), 1e-12);
        assertEquals(-0.2264926843512112, d.low(), 1e-9);
        assertEquals(-0.01148324138303325, d.high(), 1e-9);
    }

    @Test
    void newcombesIntervalHasAWidthWhenEveryPairAgreesAndIsWaldLikeForManyPairs() {
        Statistics.PairedDifference agree = Statistics.pairedDifference(200, 0, 0, 0);
        assertEquals(0.0, agree.difference());
        assertEquals(-0.018845326377266547, agree.low(), 1e-9, "the width of A's and B's Wilson intervals at 200/200");
        assertEquals(0.018845326377266547, agree.high(), 1e-9);
        Statistics.PairedDifference many = Statistics.pairedDifference(5000, 1000, 1500, 2500);
        double n = 10_000;
        double wald = 1.959963984540054 * Math.sqrt((2500 - 500.0 * 500 / n) / (n * n));
        assertEquals(0.05, many.difference(), 1e-12);
        assertEquals(0.05 - wald, many.low(), 2e-4, "close to the paired Wald interval for many pairs");
        assertEquals(0.05 + wald, many.high(), 2e-4);
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
