package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.BasraExperiment;

/** The shape of the throughput benchmark's measurement; what it measures is the README's business, not a test's. */
class ThroughputBenchmarkTest {
    @Test
    void roundsAlternateStartingAndEndingOnOneThread() throws Exception {
        List<String> log = new ArrayList<>();
        ThroughputBenchmark.Result result = new ThroughputBenchmark(new BasraExperiment(BatchTest.shortScenario()), 2)
                .measure(0.4, log::add);
        assertEquals(2 * ThroughputBenchmark.ROUNDS + 1, result.rounds().size());
        for (int i = 0; i < result.rounds().size(); i++) {
            ThroughputBenchmark.Round round = result.rounds().get(i);
            assertEquals(i % 2 == 0 ? 1 : 2, round.threads(), "round " + i);
            assertTrue(round.runs() >= 2 * round.threads() && round.seconds() > 0, round.toString());
        }
        assertTrue(result.warmup().runs() > 0);
        assertEquals(1 + result.rounds().size(), log.size(), log.toString());
        assertEquals(ThroughputBenchmark.ROUNDS, result.bracketedSpeedUps().length);
    }

    @Test
    void eachRoundOnTwoThreadsIsComparedWithTheOneThreadRoundsAroundIt() {
        ThroughputBenchmark.Result result = new ThroughputBenchmark.Result(2, new ThroughputBenchmark.Round(2, 1, 1),
                List.of(new ThroughputBenchmark.Round(1, 30, 1), new ThroughputBenchmark.Round(2, 50, 1),
                        new ThroughputBenchmark.Round(1, 20, 1), new ThroughputBenchmark.Round(2, 48, 1),
                        new ThroughputBenchmark.Round(1, 28, 1), new ThroughputBenchmark.Round(2, 54, 1),
                        new ThroughputBenchmark.Round(1, 26, 1)));
        assertArrayEquals(new double[] {2.0, 2.0, 2.0}, result.bracketedSpeedUps(), 1e-12,
                "50 against (30 + 20) / 2, 48 against (20 + 28) / 2, 54 against (28 + 26) / 2");
        assertEquals(2.0, result.speedUp(), 1e-12);
        assertEquals(27.0, result.medianRunsPerSecond(1), 1e-12, "the median of 20, 26, 28 and 30");
        assertEquals(50.0, result.medianRunsPerSecond(2), 1e-12);
    }

    @Test
    void oneThreadHasNothingToCompareWith() {
        assertThrows(IllegalArgumentException.class, () -> new ThroughputBenchmark(
                new BasraExperiment(BatchTest.shortScenario()), 1));
    }
}
