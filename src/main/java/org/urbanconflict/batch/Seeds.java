package org.urbanconflict.batch;

/**
 * Replicate seeds: replicate {@code i}'s seed depends only on the master seed and {@code i}, through the SplitMix64
 * finaliser (a bijective 64-bit mix), so results never depend on thread count or run order, neighbouring
 * replicates get unrelated streams, and {@code run --seed} reproduces any row of a batch. Seeds are kept
 * non-negative so they are easy to pass on a command line.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    public static long replicate(long master, long index) {
        long z = master + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
