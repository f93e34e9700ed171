package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;

class ComparisonTest {
    @Test
    void pairedIntervalOfKnownDifferences() {
        Comparison.Row r = Comparison.paired("metric", "x", "people", new double[] {10, 20, 30, 40, 50},
                new double[] {11, 22, 33, 44, 55});
        assertEquals(3.0, r.difference(), 1e-12);
        assertEquals(3 - 2.7764451051977987 * Math.sqrt(2.5 / 5), r.low(), 1e-9);
        assertEquals(3 + 2.7764451051977987 * Math.sqrt(2.5 / 5), r.high(), 1e-9);
        assertEquals(30.0, r.meanA(), 1e-12);
        assertEquals(33.0, r.meanB(), 1e-12);
    }

    @Test
    void aConstantShiftHasAZeroWidthInterval() {
        Comparison.Row r = Comparison.paired("metric", "x", "people", new double[] {1, 7, 3, 9}, new double[] {6, 12, 8, 14});
        assertEquals(5.0, r.difference(), 1e-12);
        assertEquals(5.0, r.low(), 1e-12);
        assertEquals(5.0, r.high(), 1e-12);
    }

    @Test
    void pairsWithAMissingValueAreLeftOut() {
        Comparison.Row r = Comparison.paired("metric", "x", "people", new double[] {1, Double.NaN, 3}, new double[] {2, 5, 5});
        assertEquals(2, r.n());
        assertEquals(1.5, r.difference(), 1e-12);
    }

    @Test
    void aScenarioComparedWithItselfDiffersByNothing(@TempDir Path dir) throws Exception {
        BasraExperiment same = new BasraExperiment(BatchTest.shortScenario());
        List<Comparison.Row> rows = CompareRun.run(new CompareRun.Config(same, null, same, null, 5, 4, 2, dir,
                false, true, "test", "test"));
        for (Comparison.Row r : rows) {
            if (r.n() > 0) {
                assertEquals(0.0, r.difference(), 0.0, r.name());
                if (r.kind().equals("metric") && r.n() > 1) {
                    assertEquals(0.0, r.high() - r.low(), 0.0, r.name());
                } else if (r.kind().equals("metric")) {
                    assertTrue(Double.isNaN(r.high() - r.low()), r.name() + ": a single pair has no interval (a"
                            + " stronghold held at the end in one short run only, say): " + r);
                } else {
                    assertTrue(r.low() < 0 && r.high() > 0, r.name() + ": a probability is only known to within"
                            + " its interval, even when every pair agrees: " + r);
                }
            }
        }
        assertTrue(Files.size(dir.resolve("compare.csv")) > 100);
        var session = ResultsFolder.JSON.readTree(dir.resolve("manifest.json").toFile()).path("sessions").get(0);
        assertEquals(10, session.path("runs").asInt(), "both sides' runs: " + session);
        assertEquals(2, session.path("threads").asInt());
        for (String chart : List.of("casualties-killed", "casualties-wounded", "control",
                "refusals-desertions-defections", "forest-probabilities", "forest-metrics")) {
            Path png = dir.resolve("charts/" + chart + ".png");
            assertTrue(Files.exists(png) && Files.size(png) > 5_000, png + " is drawn and not empty");
        }
        for (String side : List.of("a", "b")) {
            for (String chart : BatchTest.BATCH_CHARTS) {
                assertTrue(Files.exists(dir.resolve(side + "/charts/" + chart + ".png")), side + ": " + chart);
            }
        }
    }

    @Test
    void withoutFireSupportThereAreFewerStrikesOnEveryPairedSeed(@TempDir Path dir) throws Exception {
        var baseline = TestScenarios.baselineWith(p -> p.getTime().setHorizonDays(6.125));
        var whatIf = TestScenarios.load("what-if/no-fire-support.json");
        var params = whatIf.parameters();
        params.getTime().setHorizonDays(6.125);
        List<Comparison.Row> rows = Comparison.compare(
                RunTable.read(run(dir.resolve("a"), new BasraExperiment(baseline))),
                RunTable.read(run(dir.resolve("b"), new BasraExperiment(whatIf.withParameters(params)))),
                CompareRun.targetIds(new BasraExperiment(baseline)), List.of("government_collapse"),
                Comparison.units(new BasraExperiment(baseline)));
        assertTrue(rows.stream().anyMatch(r -> r.kind().equals("outcome") && r.name().equals("government_collapse")
                && r.meanA() == 0 && r.meanB() == 0 && r.high() > 0), "a class no run ended in still has its row");
        Comparison.Row strikes = rows.stream().filter(r -> r.name().equals("strikes_air")).findFirst().orElseThrow();
        assertEquals(0.0, strikes.meanB(), 0.0);
        assertTrue(strikes.meanA() > 0 && strikes.high() < 0, strikes.toString());
        assertTrue(rows.stream().anyMatch(r -> r.kind().equals("target") && r.name().equals("coalition-fire")),
                "target rows carry the scenario's ids, hyphens and all");
    }

    private static Path run(Path out, BasraExperiment e) throws Exception {
        Batch.run(new Batch.Config(e, null, 4, 8, 1, out, false, true, "t", "t"));
        return out.resolve("runs.csv");
    }
}
