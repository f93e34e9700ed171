package org.urbanconflict.basra;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.FastMath;

/**
 * Commons Math distributions driven by a {@link MersenneTwisterFast} seeded from the run's seed (the model's own
 * {@code random} or one of its {@link RandomStreams}), so a seed fixes a run. Reseeding through this adapter is
 * refused: the model owns the seed.
 * Poisson draws are exact and chosen by the mean alone. Below a mean of one (most hourly draws: desertion from a
 * company) one uniform number is inverted through the distribution function, so the common answer "zero" costs one
 * {@code exp}. From one to {@value #PRODUCT_METHOD_LIMIT}, uniforms are multiplied until the product falls below
 * {@code exp(-mean)} (Knuth's method, the one Commons Math uses in that range, drawing the same numbers). Larger
 * means go to Commons Math's rejection sampler. The first two build no distribution object: constructing one per
 * draw (its mean changes every call) cost three logarithms and three allocations, about 8% of a run. Above
 * {@value #NORMAL_APPROXIMATION_ABOVE} the normal approximation is drawn instead (relative error far below one count
 * in a thousand there): Commons Math's sampler loses precision on huge means and could spin for ever (issue 13 item
 * 2). The model's own means are thousands of times smaller, so no ordinary run draws differently.
 */
public final class RandomDraws implements RandomGenerator, Serializable {
    private static final long serialVersionUID = 1L;
    private static final double POISSON_EPSILON = 1e-12;
    private static final int POISSON_MAX_ITERATIONS = 10_000_000;
    /** Means from 1 up to this use the product method, as Commons Math does below its own pivot of 40. */
    static final double PRODUCT_METHOD_LIMIT = 40.0;
    /** Means above this are drawn from the normal approximation, rounded and kept within 0 and Integer.MAX_VALUE. */
    static final double NORMAL_APPROXIMATION_ABOVE = 1e7;

    private final MersenneTwisterFast random;

    public RandomDraws(MersenneTwisterFast random) {
        this.random = random;
    }

    /** The generator behind these draws, for code that takes a {@link MersenneTwisterFast}. */
    public MersenneTwisterFast generator() {
        return random;
    }

    /** A Poisson count with the given mean; zero for a non-positive mean. */
    public int poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 1.0) {
            return poissonByInversion(mean, random.nextDouble());
        }
        if (mean < PRODUCT_METHOD_LIMIT) {
            return poissonByProduct(mean);
        }
        if (mean > NORMAL_APPROXIMATION_ABOVE) {
            double draw = Math.rint(mean + Math.sqrt(mean) * random.nextGaussian());
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, draw));
        }
        return new PoissonDistribution(this, mean, POISSON_EPSILON, POISSON_MAX_ITERATIONS).sample();
    }

    /**
     * The smallest k whose cumulative probability reaches {@code u}, summing the probabilities term by term (short
     * for a small mean). Stops if the terms underflow before the sum reaches u, which rounding allows for u near 1.
     */
    static int poissonByInversion(double mean, double u) {
        double term = Math.exp(-mean);
        double cumulative = term;
        int k = 0;
        while (cumulative < u && term > 0) {
            k++;
            term *= mean / k;
            cumulative += term;
        }
        return k;
    }

    /** How many uniforms can be multiplied together before the product falls below {@code exp(-mean)}. */
    private int poissonByProduct(double mean) {
        double limit = FastMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product >= limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** A Poisson count capped at {@code cap}: losses can never exceed what is there. */
    public int poissonCapped(double mean, int cap) {
        return cap <= 0 ? 0 : Math.min(cap, poisson(mean));
    }

    /** How many of {@code n} independent trials succeed; n is a casualty count, so the loop is short. */
    public int binomialSmall(int n, double p) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                hits++;
            }
        }
        return hits;
    }

    /** True with probability {@code 1 - exp(-hazard)}: the chance an event with this hourly hazard happens. */
    public boolean hazardEvent(double hazard) {
        return hazard > 0 && random.nextDouble() < -Math.expm1(-hazard);
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("seed the model, not its random adapter");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("seed the model, not its random adapter");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("seed the model, not its random adapter");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
