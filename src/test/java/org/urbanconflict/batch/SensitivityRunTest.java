package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.batch.sensitivity.MorrisMethod;
import org.urbanconflict.batch.sensitivity.SobolMethod;
import org.urbanconflict.cli.UrbanConflictCli;

/**
 * A sensitivity analysis behaves like a batch: the same files for any thread count, a run interrupted part-way resumes
 * without repeating a run, and the folder holds what the README says.
 */
class SensitivityRunTest {
    /** A noisy function of three parameters, so that replicates differ and the noise share means something. */
    private static final FunctionExperiment NOISY = new FunctionExperiment("noisy", 3,
            x -> 3 * x[0] + x[1] * x[2], 0.3);

    private static Sensitivity.Config config(FunctionExperiment base, boolean sobol, int threads, Path out,
            boolean resume) {
        List<SweepDesign.Dimension> dims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dims.add(new SweepDesign.Dimension(FunctionExperiment.pointer(i), 0, 1, 2));
        }
        return new Sensitivity.Config(base, null, sobol ? new SobolMethod(3, 64)
                : new MorrisMethod(3, 12, 4, Seeds.auxiliary(5, Sensitivity.DESIGN_STREAM)), dims, 3,
                List.of("y", "y_squared"), 5, threads, out, resume, true, "test", "test");
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles(@TempDir Path dir) throws Exception {
        for (boolean sobol : new boolean[] {false, true}) {
            Path one = dir.resolve(sobol + "-one");
            Path two = dir.resolve(sobol + "-two");
            Sensitivity.Config c1 = config(NOISY, sobol, 1, one, false);
            Sensitivity.Config c2 = config(NOISY, sobol, 2, two, false);
            Sensitivity.run(c1, Sensitivity.plan(c1));
            Sensitivity.run(c2, Sensitivity.plan(c2));
            for (String f : List.of("indices.csv", "runs.csv", "design.csv")) {
                assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
            }
        }
    }

    @Test
    void anInterruptedAnalysisResumesToTheSameFilesRunningOnlyTheRest(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Sensitivity.Config c = config(NOISY, true, 2, whole, false);
        Sensitivity.run(c, Sensitivity.plan(c));

        Path broken = dir.resolve("broken");
        Sensitivity.Config failing = config(NOISY.failingAfter(200), true, 2, broken, false);
        assertThrows(IllegalStateException.class, () -> Sensitivity.run(failing, Sensitivity.plan(failing)));
        assertTrue(!Files.exists(broken.resolve("indices.csv")), "it stopped before the estimates");
        int saved = Files.readAllLines(broken.resolve(".journal/runs.csv")).size() - 2; // two header lines
        assertTrue(saved >= 190 && saved <= 200, "runs journaled before the failure: " + saved);

        Sensitivity.Config again = config(NOISY, true, 1, broken, false);
        ResultsFolder.Conflict refused = assertThrows(ResultsFolder.Conflict.class,
                () -> Sensitivity.run(again, Sensitivity.plan(again)));
        assertTrue(refused.getMessage().contains("add --resume"), refused.getMessage());
        Sensitivity.Config resumed = config(NOISY, true, 1, broken, true);
        Sensitivity.Outcome outcome = Sensitivity.run(resumed, Sensitivity.plan(resumed));
        assertEquals(64 * 5 * 3 - saved, outcome.ranNow(), "only the missing runs were made");
        for (String f : List.of("indices.csv", "runs.csv", "design.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(broken.resolve(f)), f);
        }
        assertTrue(!Files.exists(broken.resolve(".journal")), "the journal is gone once complete");
        assertTrue(Sensitivity.run(resumed, Sensitivity.plan(resumed)).alreadyComplete());
    }

    @Test
    void theFolderHoldsTheDesignTidyIndicesNoiseSharesAndCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m");
        Sensitivity.Config c = config(NOISY, false, 2, out, false);
        Sensitivity.run(c, Sensitivity.plan(c));
        List<String> design = Files.readAllLines(out.resolve("design.csv"));
        assertEquals("point,trajectory,role,x.1,x.2,x.3,unit.x.1,unit.x.2,unit.x.3", design.get(0));
        assertEquals(12 * 4 + 1, design.size());
        assertTrue(design.get(1).contains(",0,start,") && design.get(2).matches("1,0,/x/\\d,.*"), design.get(2));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(0).startsWith("point,x.1,x.2,x.3,replicate,run,seed,y,y_squared"), runs.get(0));
        assertEquals(12 * 4 * 3 + 1, runs.size());
        assertEquals(runs.get(1).split(",")[6], runs.get(4).split(",")[6], "replicate 0 has one seed at every point");
        List<SensitivityIndices.Row> rows = SensitivityIndices.read(out.resolve("indices.csv"));
        assertEquals(2 * (3 * 3 + 1), rows.size(), "mu, mu*, sigma per parameter and metric, plus the noise share");
        SensitivityIndices.Row noise = rows.stream().filter(r -> r.metric().equals("y")
                && r.statistic().equals(SensitivityIndices.NOISE)).findFirst().orElseThrow();
        // y = 3 x1 + x2 x3 + N(0, 0.3^2): about 0.09 of noise variance in about 1 + 0.09 of total.
        assertTrue(noise.value() > 0.03 && noise.value() < 0.25, noise.toString());
        var manifest = ResultsFolder.JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals("sensitivity", manifest.path("kind").asText());
        assertEquals("morris", manifest.path("design").path("method").asText());
        assertEquals(3, manifest.path("replicate_seeds").size());
        assertEquals(Seeds.replicate(5, 2), manifest.path("replicate_seeds").get(2).asLong());
        Path chart = out.resolve("charts/morris--y.png");
        assertTrue(Files.size(chart) > 10_000);
        Files.delete(chart);
        assertEquals(0, UrbanConflictCli.commandLine().execute("chart", out.toString()));
        assertTrue(Files.size(chart) > 10_000, "chart DIR redraws the charts from indices.csv");
    }
}
