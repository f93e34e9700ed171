package org.urbanconflict.batch.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Percentile bootstrap: statistics recomputed on {@value #RESAMPLES} resamples (with replacement) of the units an
 * estimate is built from, Morris trajectories or Sobol base rows, and the 2.5% and 97.5% quantiles of the results.
 * Units are resampled, not single evaluations, because the evaluations of one trajectory or row are not independent.
 * All of a method's statistics are computed from the same resamples, in one pass each, so the cost is
 * {@value #RESAMPLES} passes over the units whatever the number of parameters; the generator is seeded, so an interval
 * is reproducible.
 */
public final class Bootstrap {
    /** Enough for the 2.5% and 97.5% quantiles to move by well under the interval's own width between seeds. */
    public static final int RESAMPLES = 1000;

    private Bootstrap() {
    }

    /**
     * The statistics on every resample: {@code result[s][b]} is statistic s on resample b. The draw array handed to
     * {@code statistics} is reused, so it must not be kept.
     */
    public static double[][] replicate(int units, long seed, Function<int[], double[]> statistics) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] draw = new int[units];
        double[][] results = null;
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < units; i++) {
                draw[i] = random.nextInt(units);
            }
            double[] values = statistics.apply(draw);
            if (results == null) {
                results = new double[values.length][RESAMPLES];
            }
            for (int s = 0; s < values.length; s++) {
                results[s][b] = values[s];
            }
        }
        return results;
    }

    /** The 95% percentile interval of a statistic's resampled values; NaN values are left out. */
    public static double[] interval(double[] resampled) {
        double[] values = Arrays.stream(resampled).filter(Double::isFinite).sorted().toArray();
        if (values.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {quantile(values, 0.025), quantile(values, 0.975)};
    }

    /** Type 7 quantile (as R, numpy and the batch summaries) of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
