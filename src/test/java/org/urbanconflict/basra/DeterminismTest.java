package org.urbanconflict.basra;

import org.urbanconflict.core.RunResult;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.batch.RunFiles;
import org.urbanconflict.basra.scenario.Scenario;

class DeterminismTest {
    @Test
    void sameSeedGivesIdenticalRuns() {
        Scenario s = TestScenarios.baseline();
        RunResult a = ConflictModel.run(s, 7);
        RunResult b = ConflictModel.run(s, 7);
        assertEquals(a.hourly().length, b.hourly().length);
        for (int h = 0; h < a.hourly().length; h++) {
            assertArrayEquals(a.hourly()[h], b.hourly()[h], "hour " + h);
        }
        assertEquals(a.summary().toString(), b.summary().toString());
        assertEquals(a.events().stream().map(e -> e.text()).toList(),
                b.events().stream().map(e -> e.text()).toList());
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Scenario s = TestScenarios.baseline();
        RunResult a = ConflictModel.run(s, 1);
        RunResult b = ConflictModel.run(s, 2);
        assertFalse(Arrays.deepEquals(a.hourly(), b.hourly()));
    }

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Scenario s = TestScenarios.baseline();
        RunFiles.write(dir.resolve("a"), null, s.targets(), ConflictModel.run(s, 11));
        RunFiles.write(dir.resolve("b"), null, s.targets(), ConflictModel.run(s, 11));
        for (String file : new String[] {"timeseries.csv", "summary.json", "events.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void runsInParallelThreadsMatchSequentialRuns() throws Exception {
        Scenario s = TestScenarios.baseline();
        RunResult sequential = ConflictModel.run(s, 5);
        RunResult[] parallel = new RunResult[2];
        Thread t1 = new Thread(() -> parallel[0] = ConflictModel.run(s, 5));
        Thread t2 = new Thread(() -> parallel[1] = ConflictModel.run(s, 6));
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        assertEquals(Arrays.deepToString(sequential.hourly()), Arrays.deepToString(parallel[0].hourly()));
    }
}
