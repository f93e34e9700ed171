package org.urbanconflict.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.cli.UrbanConflictCli;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import picocli.CommandLine;

/** The model through the shared {@link Experiment} interface and the command line: run, batch, sweep, chart. */
class EpsteinExperimentTest {
    private static final Path RUN_1 = Path.of("scenarios/epstein/run-1-deception.json");

    @TempDir
    Path dir;

    private static EpsteinExperiment experiment() {
        return new EpsteinExperiment(EpsteinScenarioLoader.load(RUN_1));
    }

    @Test
    void aRunIsPlainDataWithTheDeclaredMetrics() {
        RunResult r = experiment().run(7);
        assertEquals(EpsteinCensus.METRICS, r.metricNames());
        assertEquals(EpsteinResults.SUMMARY_METRICS, List.copyOf(r.summary().keySet()));
        assertNull(r.times(), "steps are not dated");
        assertEquals(501, r.hourly().length, "row 0 is the state before the first step");
        assertTrue(EpsteinResults.OUTCOMES.contains(r.outcome()));
        assertEquals(r.summary(), experiment().run(7).summary(), "the same seed, the same run");
        double[] row = r.hourly()[500];
        assertEquals(r.summary("citizens"), row[0] + row[1] + row[2], "quiet + active + jailed = citizens");
    }

    @Test
    void theSelfContainedCopyReloadsToTheSameScenario() throws Exception {
        EpsteinExperiment e = experiment();
        String copy = e.configurationFiles().get(EpsteinExperiment.SCENARIO_FILE);
        assertTrue(copy.startsWith("{\n  \"model\" : \"epstein-civil-violence\""), copy.substring(0, 60));
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, copy);
        EpsteinScenario again = EpsteinScenarioLoader.load(file);
        assertEquals(e.hash(), again.hash());
        assertEquals(e.run(3).summary(), new EpsteinExperiment(again).run(3).summary());
    }

    @Test
    void sweepsSetCitedNumbersAndRefuseWhatDoesNotFit() {
        Experiment e = experiment().withParameter("/citizens/legitimacy", 0.5);
        assertEquals(0.5, ((EpsteinExperiment) e).scenario().parameters().getLegitimacy());
        assertEquals(60, ((EpsteinExperiment) experiment().withParameter("/cops/maxJailTerm", 59.6)).scenario()
                .parameters().getMaxJailTerm(), "an integer parameter is rounded");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> experiment().withParameter("/citizens/legitimacyy", 0.5));
        assertTrue(unknown.getMessage().contains("/citizens/legitimacyy is not a numeric parameter"),
                unknown.getMessage());
        assertTrue(unknown.getMessage().contains("/citizens/legitimacy"), unknown.getMessage());
        IllegalArgumentException crowded = assertThrows(IllegalArgumentException.class,
                () -> experiment().withParameter("/population/copDensity", 0.5));
        assertTrue(crowded.getMessage().contains("add up to at most 1"), crowded.getMessage());
    }

    private static int cli(StringWriter out, String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute(args);
    }

    @Test
    void runBatchSweepAndChartWorkFromTheCommandLine() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, cli(out, "run", RUN_1.toString(), "--seed", "2", "--out", dir.resolve("run").toString()),
                out.toString());
        assertTrue(out.toString().contains("Outcome:"), out.toString());
        assertTrue(out.toString().contains("Targets hit: 2 of 2"), out.toString());
        for (String f : List.of("timeseries.csv", "summary.json", "events.csv")) {
            assertTrue(Files.size(dir.resolve("run").resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(dir.resolve("run/timeseries.csv")).startsWith(
                "hour,quiet,active,jailed,cops,legitimacy,arrests,outbursts\n"));

        Path batch = dir.resolve("batch");
        assertEquals(0, cli(out, "batch", RUN_1.toString(), "--runs", "4", "--out", batch.toString(), "--quiet"),
                out.toString());
        for (String f : List.of("manifest.json", "runs.csv", "timeseries.csv.gz", "summary.json", "scenario.json",
                "charts/active.png", "charts/jailed.png", "charts/outcomes.png", "charts/scorecard.png")) {
            assertTrue(Files.exists(batch.resolve(f)), f);
        }
        String manifest = Files.readString(batch.resolve("manifest.json"));
        assertTrue(manifest.contains("\"urbanconflict batch " + RUN_1 + " --runs 4 --out " + batch + " --quiet\""),
                "the manifest keeps the command as typed: " + manifest);
        Files.delete(batch.resolve("charts/active.png"));
        assertEquals(0, cli(out, "chart", batch.toString()), out.toString());
        assertTrue(Files.exists(batch.resolve("charts/active.png")), "chart redraws from the folder alone");

        assertEquals(0, cli(out, "sweep", RUN_1.toString(), "--vary", "/citizens/legitimacy=0.8:0.9:2", "--grid",
                "--runs-per-point", "2", "--out", dir.resolve("sweep").toString(), "--quiet"), out.toString());
        assertTrue(Files.exists(dir.resolve("sweep/points.csv")));
    }

    @Test
    void runRejectsHoursForUndatedStepsAndReportsBrokenFiles() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(2, cli(out, "run", RUN_1.toString(), "--hours", "5"));
        assertTrue(out.toString().contains("/run/steps"), out.toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(RUN_1).replace("\"value\": 0.89", "\"value\": -0.89"));
        out = new StringWriter();
        assertEquals(2, cli(out, "run", broken.toString()));
        assertTrue(out.toString().contains("/citizens/legitimacy: found -0.89"), out.toString());
    }

    @Test
    void theBenchmarkCommandPrintsOneRowPerSize() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new org.urbanconflict.cli.BenchEpsteinCommand());
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--sizes", "20,30", "--agent-steps", "20000", "--repeats", "1"), out.toString());
        assertTrue(out.toString().contains("20x20"), out.toString());
        assertTrue(out.toString().contains("30x30"), out.toString());
    }
}
