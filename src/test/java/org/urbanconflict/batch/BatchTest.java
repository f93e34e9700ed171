package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.experiment.RunResult;
import org.urbanconflict.model.BasraExperiment;
import org.urbanconflict.model.ConflictModel;
import org.urbanconflict.scenario.Scenario;

/** Batches on a short horizon (3 days) so they run in seconds; the machinery is the same at any length. */
class BatchTest {
    static Scenario shortScenario() {
        return TestScenarios.baselineWith(p -> p.getTime().setHorizonDays(4.125));
    }

    static Batch.Config config(Path out, int runs, long seed, int threads, boolean resume) {
        return new Batch.Config(new BasraExperiment(shortScenario()), null, runs, seed, threads, out, resume, true,
                "test", "test");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
        Batch.run(config(dir.resolve("one"), 12, 5, 1, false));
        Batch.run(config(dir.resolve("two"), 12, 5, 2, false));
        for (String f : new String[] {"runs.csv", "timeseries.csv.gz", "summary.json", "summary.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)),
                    Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(dir.resolve("one/runs.csv"));
        assertEquals(13, rows.size());
        assertTrue(rows.get(0).startsWith("run,seed,"), rows.get(0));
        assertTrue(rows.get(0).endsWith(",outcome"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).startsWith((i - 1) + "," + Seeds.replicate(5, i - 1) + ","), "sorted by run");
        }
        try (var charts = Files.list(dir.resolve("one/charts"))) {
            List<Path> pngs = charts.toList();
            assertTrue(pngs.size() >= 7, pngs.toString());
            for (Path png : pngs) {
                assertTrue(Files.size(png) > 5_000, png + " is not empty");
            }
        }
        String manifest = Files.readString(dir.resolve("one/manifest.json"));
        assertTrue(manifest.contains("\"status\" : \"complete\"") && manifest.contains("\"seeds\""), manifest);
        assertTrue(manifest.contains("\"java\" : \"" + System.getProperty("java.version") + "\"")
                && manifest.contains("\"jvm_options\" : ["), "each session records the runtime its timings came from");
    }

    @Test
    void runWithARowsSeedReproducesThatRowAndItsTimeSeries(@TempDir Path dir) throws Exception {
        Batch.run(config(dir, 6, 9, 2, false));
        RunTable table = RunTable.read(dir.resolve("runs.csv"));
        int row = 4;
        long seed = (long) table.column("seed")[row];
        RunResult again = ConflictModel.run(shortScenario(), seed);
        String expectedRow = RunRows.row(Task.plain(row, null, seed), again);
        assertEquals(expectedRow, Files.readAllLines(dir.resolve("runs.csv")).get(row + 1));
        List<String> series = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("timeseries.csv.gz"))), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> l.startsWith(row + ",")).forEach(series::add);
        }
        assertEquals(String.join("\n", series) + "\n", RunRows.longSeries(row, again));
    }

    @Test
    void aFolderHoldingAnotherJobIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("b");
        Batch.run(config(out, 3, 1, 1, false));
        byte[] before = Files.readAllBytes(out.resolve("runs.csv"));
        ResultsFolder.Conflict otherSeed = assertThrows(ResultsFolder.Conflict.class,
                () -> Batch.run(config(out, 3, 2, 1, true)));
        assertTrue(otherSeed.getMessage().contains("master seed 1") && otherSeed.getMessage().contains("master seed 2"),
                otherSeed.getMessage());
        ResultsFolder.Conflict again = assertThrows(ResultsFolder.Conflict.class,
                () -> Batch.run(config(out, 3, 1, 1, false)));
        assertTrue(again.getMessage().contains("--resume"), again.getMessage());
        ResultsFolder.Conflict otherScenario = assertThrows(ResultsFolder.Conflict.class, () -> Batch.run(
                new Batch.Config(new BasraExperiment(TestScenarios.baseline()), null, 3, 1, 1, out, true, true, "t",
                        "t")));
        assertTrue(otherScenario.getMessage().contains("different batch"), otherScenario.getMessage());
        Files.createDirectories(dir.resolve("stranger"));
        Files.writeString(dir.resolve("stranger/notes.txt"), "mine");
        ResultsFolder.Conflict stranger = assertThrows(ResultsFolder.Conflict.class,
                () -> Batch.run(config(dir.resolve("stranger"), 3, 1, 1, false)));
        assertTrue(stranger.getMessage().contains("not a results folder"), stranger.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("runs.csv")), "nothing was overwritten");
        assertEquals("mine", Files.readString(dir.resolve("stranger/notes.txt")));
    }

    @Test
    void resumingACompleteBatchDoesNothing(@TempDir Path dir) throws Exception {
        Batch.run(config(dir, 3, 1, 1, false));
        Batch.Outcome again = Batch.run(config(dir, 3, 1, 1, true));
        assertTrue(again.alreadyComplete());
        assertEquals(0, again.runsThisSession());
    }

    @Test
    void singleRunFilesAndBatchRowsAgree(@TempDir Path dir) throws Exception {
        RunResult r = ConflictModel.run(shortScenario(), 77);
        RunFiles.write(dir, null, shortScenario().targets(), r);
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"seed\" : 77"));
    }
}
