package org.urbanconflict.combat;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Commons Math distributions driven by the model's own {@link MersenneTwisterFast}, so every draw comes from
 * {@code state.random} and a seed fixes a run. Reseeding through this adapter is refused: the model owns the seed.
 * Poisson draws with a mean below one (most hourly draws: desertion from a company) use inversion on one uniform
 * number, so the common answer "zero" costs one {@code exp} and only otherwise is a Commons Math distribution built
 * (its mean changes every call) to invert the rest of the distribution function; larger means use Commons Math's
 * own sampler. Both are exact, and which one runs depends only on the mean, so every draw is Poisson.
 */
public final class RandomDraws implements RandomGenerator, Serializable {
    private static final long serialVersionUID = 1L;
    private static final double POISSON_EPSILON = 1e-12;
    private static final int POISSON_MAX_ITERATIONS = 10_000_000;

    private final MersenneTwisterFast random;

    public RandomDraws(MersenneTwisterFast random) {
        this.random = random;
    }

    /** A Poisson count with the given mean; zero for a non-positive mean. */
    public int poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean >= 1.0) {
            return new PoissonDistribution(this, mean, POISSON_EPSILON, POISSON_MAX_ITERATIONS).sample();
        }
        double u = random.nextDouble();
        if (u < Math.exp(-mean)) {
            return 0;
        }
        return new PoissonDistribution(this, mean, POISSON_EPSILON, POISSON_MAX_ITERATIONS)
                .inverseCumulativeProbability(u);
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
