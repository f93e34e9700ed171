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
import org.urbanconflict.core.RunResult;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.Scenario;

/** Batches on a short horizon (3 days) so they run in seconds; the machinery is the same at any length. */
class BatchTest {
    /** Every chart a Basra batch draws. */
    static final List<String> BATCH_CHARTS = List.of("casualties-killed", "casualties-wounded", "control",
            "refusals-desertions-defections", "ceasefire-day", "outcomes", "district-map", "scorecard");

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
        for (String chart : BATCH_CHARTS) {
            Path png = dir.resolve("one/charts").resolve(chart + ".png");
            assertTrue(Files.exists(png) && Files.size(png) > 5_000, png + " is drawn and not empty");
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
    void theRunCommandWithARowsSeedWritesThatRowsNumbersAndTimeSeries(@TempDir Path dir) throws Exception {
        Batch.run(new Batch.Config(new BasraExperiment(TestScenarios.baseline()), null, 3, 12, 2, dir.resolve("b"),
                false, true, "test", "test"));
        int row = 2;
        List<String> rows = Files.readAllLines(dir.resolve("b/runs.csv"));
        List<String> columns = List.of(rows.get(0).split(","));
        String[] cells = rows.get(row + 1).split(",");
        long seed = Long.parseLong(cells[columns.indexOf("seed")]);
        assertEquals(0, org.urbanconflict.cli.UrbanConflictCli.commandLine().execute("run",
                "scenarios/basra-2008.json", "--seed", Long.toString(seed), "--out", dir.resolve("run").toString(),
                "--quiet"));

        var summary = ResultsFolder.JSON.readTree(dir.resolve("run/summary.json").toFile());
        int compared = 0;
        for (var metric : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                () -> summary.get("metrics").fields()) {
            String cell = cells[columns.indexOf(metric.getKey())];
            if (metric.getValue().isNull()) {
                assertEquals("", cell, metric.getKey());
            } else {
                assertEquals(Double.parseDouble(cell), metric.getValue().asDouble(), metric.getKey());
            }
            compared++;
        }
        assertEquals(columns.size() - 3 - summary.get("targets").size(), compared, "every metric compared");
        assertEquals(cells[cells.length - 1], summary.get("outcome").asText());

        List<String> wide = Files.readAllLines(dir.resolve("run/timeseries.csv"));
        List<String> long_ = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("b/timeseries.csv.gz"))), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> l.startsWith(row + ",")).forEach(long_::add);
        }
        assertEquals(wide.size() - 1, long_.size(), "one long row per hour");
        for (int h = 0; h < long_.size(); h++) {
            assertEquals(row + "," + wide.get(h + 1), long_.get(h), "hour " + h);
        }
    }

    @Test
    void theFoldersScenarioCopyHasTheScenariosHash(@TempDir Path dir) throws Exception {
        for (String file : List.of("basra-2008.json", "what-if/no-fire-support.json")) {
            Scenario scenario = TestScenarios.load(file);
            Path copy = Files.createDirectories(dir.resolve(file.replace('/', '-')));
            ResultsFolder.writeConfiguration(copy, new BasraExperiment(scenario).configurationFiles());
            Scenario reloaded = org.urbanconflict.basra.scenario.ScenarioLoader.load(copy.resolve(
                    BasraExperiment.SCENARIO_FILE));
            assertEquals(scenario.hash(), reloaded.hash(), file + ": the copy is the same scenario");
        }
    }

    @Test
    void aBatchStoppedWhileDrawingItsChartsFinishesOnResumeWithoutRunningAgain(@TempDir Path dir)
            throws Exception {
        Batch.Config whole = config(dir.resolve("whole"), 5, 4, 2, false);
        Batch.run(whole);
        Batch.Config stopped = config(dir.resolve("stopped"), 5, 4, 2, false);
        Batch.Config failing = new Batch.Config(chartsFail(stopped.experiment()), null, 5, 4, 2, stopped.out(),
                false, true, "test", "test");
        assertThrows(IllegalStateException.class, () -> Batch.run(failing));
        assertTrue(Files.readString(stopped.out().resolve("manifest.json")).contains("\"status\" : \"running\""));

        Batch.Outcome resumed = Batch.run(config(stopped.out(), 5, 4, 1, true));
        assertEquals(0, resumed.runsThisSession(), "every run was saved before the charts");
        for (String f : new String[] {"runs.csv", "timeseries.csv.gz", "summary.json", "summary.csv"}) {
            assertArrayEquals(Files.readAllBytes(whole.out().resolve(f)), Files.readAllBytes(stopped.out().resolve(f)),
                    f);
        }
        assertTrue(Files.exists(stopped.out().resolve("charts/scorecard.png")));
        assertTrue(!Files.exists(stopped.out().resolve(".journal")), "the journal goes once the folder is complete");
    }

    /**
     * An experiment whose charts cannot be drawn, as when a batch is stopped or the disk fills while drawing them:
     * every other call goes to the real experiment (a proxy, so a new method of Experiment needs no change here).
     */
    private static org.urbanconflict.core.Experiment chartsFail(org.urbanconflict.core.Experiment inner) {
        return (org.urbanconflict.core.Experiment) java.lang.reflect.Proxy.newProxyInstance(
                BatchTest.class.getClassLoader(), new Class<?>[] {org.urbanconflict.core.Experiment.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("chartPlan")) {
                        throw new IllegalStateException("stopped while drawing the charts");
                    }
                    try {
                        return method.invoke(inner, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
