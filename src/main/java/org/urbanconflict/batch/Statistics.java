package org.urbanconflict.batch;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Summary statistics of replicates, from Commons Math. Quantiles use linear interpolation between order statistics
 * (Hyndman and Fan type 7, the default of R and numpy), so notebooks reproduce them with {@code numpy.quantile}.
 * The confidence interval of a mean uses Student's t with n - 1 degrees of freedom; a probability's interval is
 * Wilson's score interval, which stays inside [0, 1] and behaves at 0 and 1 successes. NaN values (a quantity that
 * did not happen in a run) are left out and counted separately.
 */
public final class Statistics {
    private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private Statistics() {
    }

    /** Mean, spread, quantiles and the 95% interval of the mean; fields are NaN where undefined (n = 0 or 1). */
    public record Description(int n, int missing, double mean, double sd, double median, double p05, double p25,
            double p75, double p95, double ciLow, double ciHigh) {
    }

    /** A probability with its 95% Wilson interval. */
    public record Proportion(long successes, long n, double p, double low, double high) {
    }

    public static Description describe(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        int missing = values.length - v.length;
        if (v.length == 0) {
            return new Description(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = new Mean().evaluate(v);
        double sd = v.length > 1 ? new StandardDeviation(true).evaluate(v) : Double.NaN;
        double half = v.length > 1 ? new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * sd
                / Math.sqrt(v.length) : Double.NaN;
        Percentile q = new Percentile().withEstimationType(EstimationType.R_7);
        q.setData(v);
        return new Description(v.length, missing, mean, sd, q.evaluate(50), q.evaluate(5), q.evaluate(25),
                q.evaluate(75), q.evaluate(95), mean - half, mean + half);
    }

    public static Proportion wilson(long successes, long n) {
        if (n == 0) {
            return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // At 0 or n successes one bound is exactly 0 or 1; rounding would leave e.g. 8.7e-19, so pin it.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, n, p, low, high);
    }

    /** The change B − A of a probability between two paired batches, with its 95% interval. */
    public record PairedDifference(long n, double difference, double low, double high) {
    }

    /**
     * Newcombe's interval for the difference of two proportions measured on the same pairs (method 10 of Newcombe,
     * Statistics in Medicine 17, 1998): each proportion's Wilson interval, combined with the correlation of the pairs
     * (a continuity-corrected phi). Unlike a t interval on the paired 0/1 differences, it has a width when every pair
     * agrees, and it stays inside [-1, 1].
     *
     * @param both   pairs where the event happened in A and in B
     * @param onlyA  pairs where it happened in A only
     * @param onlyB  pairs where it happened in B only
     * @param neither pairs where it happened in neither
     */
    public static PairedDifference pairedDifference(long both, long onlyA, long onlyB, long neither) {
        long n = both + onlyA + onlyB + neither;
        if (n == 0) {
            return new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double pA = (double) (both + onlyA) / n;
        double pB = (double) (both + onlyB) / n;
        Proportion a = wilson(both + onlyA, n);
        Proportion b = wilson(both + onlyB, n);
        double marginals = (double) (both + onlyA) * (onlyB + neither) * (both + onlyB) * (onlyA + neither);
        double agreement = (double) both * neither - (double) onlyA * onlyB;
        double corrected = agreement > n / 2.0 ? agreement - n / 2.0 : Math.min(agreement, 0);
        double phi = marginals > 0 ? corrected / Math.sqrt(marginals) : 0;
        double belowA = pA - a.low();
        double aboveA = a.high() - pA;
        double belowB = pB - b.low();
        double aboveB = b.high() - pB;
        double down = Math.sqrt(belowB * belowB - 2 * phi * belowB * aboveA + aboveA * aboveA);
        double up = Math.sqrt(aboveB * aboveB - 2 * phi * aboveB * belowA + belowA * belowA);
        return new PairedDifference(n, pB - pA, pB - pA - down, pB - pA + up);
    }

    /** Quantile (type 7) of values already sorted ascending; used for per-hour fan bands. */
    public static double sortedQuantile(double[] sorted, int count, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double position = q * (count - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(count - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
