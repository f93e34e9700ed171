package org.urbanconflict.batch;

/**
 * Replicate seeds: replicate {@code i}'s seed depends only on the master seed and {@code i}, through the SplitMix64
 * finaliser (a bijective 64-bit mix), so results never depend on thread count or run order, neighbouring
 * replicates get unrelated streams, and {@code run --seed} reproduces any row of a batch. Seeds keep the low 53
 * bits, so they are non-negative and exact as doubles: pandas, JSON readers and spreadsheets read them without
 * rounding (collisions among 100,000 replicates have odds of about one in two million).
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long SEED_MASK = (1L << 53) - 1;

    private Seeds() {
    }

    public static long replicate(long master, long index) {
        long z = master + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & SEED_MASK;
    }

    /**
     * A seed for a purpose other than a replicate (a design's random draws, a bootstrap), from the master seed and a
     * stream number alone. Streams are replicate indices below zero, so they never coincide with a replicate's seed.
     */
    public static long auxiliary(long master, int stream) {
        return replicate(master, -1L - stream);
    }
}
