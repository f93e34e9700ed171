package org.urbanconflict.basra;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * One Mersenne Twister per {@link RandomStream}, each seeded from the run's seed and the stream's id alone (through
 * SplitMix64, so neighbouring seeds and ids give unrelated generators), never from draws of another generator. A
 * run is therefore fixed by its seed on any number of threads, and a change in one submodel leaves the draws of the
 * others alone (common random numbers). The model's own {@code random} keeps the schedule's shuffles of the agents.
 * Costs nine generator initialisations (about 2,500 words each) per run.
 */
public final class RandomStreams implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final RandomDraws[] draws;

    public RandomStreams(long seed) {
        RandomStream[] streams = RandomStream.values();
        draws = new RandomDraws[streams.length];
        for (RandomStream s : streams) {
            draws[s.ordinal()] = new RandomDraws(generator(seed, s.id()));
        }
    }

    /** The draws of one submodel. */
    public RandomDraws of(RandomStream stream) {
        return draws[stream.ordinal()];
    }

    /** A generator seeded with four 32-bit words mixed from (seed, id): all 128 bits of the pair count. */
    static MersenneTwisterFast generator(long seed, int id) {
        long state = seed ^ (GOLDEN_GAMMA * (id + 1L));
        int[] key = new int[4];
        for (int i = 0; i < key.length; i += 2) {
            state += GOLDEN_GAMMA;
            long z = mix(state);
            key[i] = (int) z;
            key[i + 1] = (int) (z >>> 32);
        }
        return new MersenneTwisterFast(key);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
