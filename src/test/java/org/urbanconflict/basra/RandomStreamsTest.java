package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    private static double[] first(RandomDraws draws, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = draws.nextDouble();
        }
        return values;
    }

    @Test
    void theSameSeedGivesTheSameStreams() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        for (RandomStream s : RandomStream.values()) {
            assertArrayEquals(first(a.of(s), 20), first(b.of(s), 20), s.name());
        }
    }

    @Test
    void drawingFromOneStreamLeavesTheOthersAlone() {
        RandomStreams quiet = new RandomStreams(7);
        RandomStreams busy = new RandomStreams(7);
        first(busy.of(RandomStream.FIRE_SUPPORT), 1000);
        for (RandomStream s : RandomStream.values()) {
            if (s != RandomStream.FIRE_SUPPORT) {
                assertArrayEquals(first(quiet.of(s), 20), first(busy.of(s), 20), s.name());
            }
        }
    }

    @Test
    void streamsAndNeighbouringSeedsDiffer() {
        Set<String> starts = new HashSet<>();
        for (long seed = 1; seed <= 3; seed++) {
            RandomStreams streams = new RandomStreams(seed);
            for (RandomStream s : RandomStream.values()) {
                starts.add(Arrays.toString(first(streams.of(s), 3)));
            }
        }
        assertEquals(3 * RandomStream.values().length, starts.size());
    }

    @Test
    void idsAreUnique() {
        Set<Integer> ids = new HashSet<>();
        for (RandomStream s : RandomStream.values()) {
            assertFalse(!ids.add(s.id()), "duplicate id " + s.id());
        }
    }
}
