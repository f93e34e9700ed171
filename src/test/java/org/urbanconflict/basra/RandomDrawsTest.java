package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * The Poisson draws built without a distribution object give, draw for draw, what Commons Math's sampler gives on the
 * same stream of numbers, so the faster path changed no run of the model.
 */
class RandomDrawsTest {
    private static final double EPSILON = 1e-12;
    private static final int ITERATIONS = 10_000_000;

    @Test
    void inversionBelowMeanOneMatchesCommonsMathInverse() {
        for (double mean : new double[] {1e-6, 0.003, 0.05, 0.31, 0.5, 0.77, 0.999}) {
            PoissonDistribution poisson = new PoissonDistribution(null, mean, EPSILON, ITERATIONS);
            for (int i = 1; i < 2000; i++) {
                double u = i / 2000.0;
                assertEquals(poisson.inverseCumulativeProbability(u), RandomDraws.poissonByInversion(mean, u),
                        "mean " + mean + ", u " + u);
            }
            assertEquals(poisson.inverseCumulativeProbability(1 - 1e-15),
                    RandomDraws.poissonByInversion(mean, 1 - 1e-15), "mean " + mean + " in the far tail");
        }
    }

    @Test
    void productMethodDrawsWhatCommonsMathDrawsOnTheSameStream() {
        for (double mean : new double[] {1.0, 1.7, 4.2, 12.5, 39.9}) {
            RandomDraws ours = new RandomDraws(new MersenneTwisterFast(42));
            PoissonDistribution theirs = new PoissonDistribution(new RandomDraws(new MersenneTwisterFast(42)), mean,
                    EPSILON, ITERATIONS);
            for (int i = 0; i < 5000; i++) {
                assertEquals(theirs.sample(), ours.poisson(mean), "mean " + mean + ", draw " + i);
            }
        }
    }

    @Test
    void drawsHaveThePoissonMeanAndVariance() {
        RandomDraws draws = new RandomDraws(new MersenneTwisterFast(7));
        for (double mean : new double[] {0.2, 3.0, 55.0}) {
            int n = 200_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                int k = draws.poisson(mean);
                sum += k;
                squares += (double) k * k;
            }
            double m = sum / n;
            double variance = squares / n - m * m;
            double tolerance = 5 * Math.sqrt(mean / n);
            assertEquals(mean, m, tolerance, "mean of draws with mean " + mean);
            assertEquals(mean, variance, 0.03 * mean + tolerance, "variance of draws with mean " + mean);
        }
    }

    /**
     * Issue 13 item 2: militiaLethality 1e300 made the Poisson sampler spin for ever. Huge means are drawn from the
     * normal approximation: at once, within six standard deviations, and capped at the largest int.
     */
    @Test
    void aHugePoissonMeanDrawsAtOnceInsteadOfSpinning() {
        RandomDraws draws = new RandomDraws(new MersenneTwisterFast(3));
        for (double mean : new double[] {2e7, 1e9}) {
            for (int i = 0; i < 1000; i++) {
                int k = draws.poisson(mean);
                assertTrue(Math.abs(k - mean) < 6 * Math.sqrt(mean), mean + " drew " + k);
            }
        }
        assertEquals(Integer.MAX_VALUE, draws.poisson(1e300));
        assertEquals(Integer.MAX_VALUE, draws.poisson(Double.POSITIVE_INFINITY));
        assertEquals(0, draws.poisson(Double.NaN));
    }

    @Test
    void meansUpToTheApproximationStillDrawWhatCommonsMathDraws() {
        double mean = RandomDraws.NORMAL_APPROXIMATION_ABOVE;
        RandomDraws ours = new RandomDraws(new MersenneTwisterFast(5));
        PoissonDistribution theirs = new PoissonDistribution(new RandomDraws(new MersenneTwisterFast(5)), mean,
                EPSILON, ITERATIONS);
        for (int i = 0; i < 100; i++) {
            assertEquals(theirs.sample(), ours.poisson(mean));
        }
    }
}
