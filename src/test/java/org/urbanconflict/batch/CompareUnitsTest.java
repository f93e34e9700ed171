package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.chart.Estimate;

/**
 * One unit per quantity: the terminal table, compare.csv and the forest plots show a metric's difference in its own
 * unit and a probability's change in percentage points, with the same numbers; the relative view never passes -100%.
 */
class CompareUnitsTest {
    @Test
    void terminalCsvAndForestPlotsAgree(@TempDir Path dir) throws Exception {
        var baseline = TestScenarios.baselineWith(p -> p.getTime().setHorizonDays(6.125));
        var whatIf = TestScenarios.load("what-if/no-fire-support.json");
        var params = whatIf.parameters();
        params.getTime().setHorizonDays(6.125);
        BasraExperiment a = new BasraExperiment(baseline);
        BasraExperiment b = new BasraExperiment(whatIf.withParameters(params));
        List<Comparison.Row> rows = CompareRun.run(new CompareRun.Config(a, null, b, null, 6, 3, 2, dir, false, true,
                "t", "t"));
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"));
        assertEquals(String.join(",", CompareRun.COLUMNS), csv.get(0));
        StringWriter terminal = new StringWriter();
        List<String> headlines = a.chartPlan().headlineMetrics();
        CompareReport.print(new PrintWriter(terminal), "A", "B", rows, headlines);
        List<Estimate> probabilities = CompareRun.probabilityEstimates(rows);
        List<Estimate> metrics = CompareRun.metricEstimates(rows, headlines);
        int p = 0;
        int m = 0;
        for (int i = 0; i < rows.size(); i++) {
            Comparison.Row r = rows.get(i);
            String[] cells = csv.get(i + 1).split(",", -1);
            assertEquals(r.unit(), cells[2]);
            assertEquals(Numbers.format(r.difference()), cells[6]);
            String line = terminal.toString().lines().filter(l -> l.startsWith(r.kind().equals("outcome")
                    ? "P(" + r.name().replace('_', ' ') + ")" : r.kind().equals("target") ? "target " + r.name()
                    : r.name() + " ")).findFirst().orElse(null);
            if (r.isProbability()) {
                assertEquals("percent", r.unit());
                double shareA = r.meanA();
                assertTrue(shareA >= 0 && shareA <= 100 && Math.abs(r.difference()) <= 100, r.toString());
                Estimate e = probabilities.get(p++);
                assertEquals(r.difference(), e.value(), 0.0, "forest-probabilities shows percentage points");
                assertEquals(r.low(), e.low(), 0.0);
                assertTrue(line.contains(String.format(Locale.ROOT, "%+.2f", r.difference()))
                        && line.contains("percentage points"), line);
            } else if (headlines.contains(r.name()) && r.n() > 0) {
                assertTrue(line.contains(r.unit()) && line.contains(String.format(Locale.ROOT, "%+.2f",
                        r.difference())), line);
                if (!Double.isNaN(r.relative())) {
                    Estimate e = metrics.get(m++);
                    assertEquals(Double.parseDouble(cells[10]), e.value(), 1e-6 * Math.abs(e.value()) + 1e-9);
                    assertTrue(e.label().contains(" " + r.unit() + " ["), e.label());
                    assertTrue(e.low() > -100 && line.contains(String.format(Locale.ROOT, "%+.1f%%", r.relative())),
                            line);
                }
            }
        }
        assertEquals(probabilities.size(), p);
        assertEquals(metrics.size(), m);
        assertTrue(m >= 5, "headline metrics drawn: " + m);
        Comparison.Row strikes = rows.stream().filter(r -> r.name().equals("strikes_air")).findFirst().orElseThrow();
        assertTrue(Double.isNaN(strikes.relative()), "B's mean is 0: no ratio, rather than an interval past -100%");
    }

    @Test
    void theRatioOfMeansIntervalStaysAboveMinusOneHundredPercent() {
        double[] a = {10, 12, 9, 11, 30};
        double[] b = {0.1, 5, 0.2, 0.1, 0.3};
        double[] r = Comparison.ratioOfMeans(a, b);
        assertEquals(100 * (5.7 / 5 / 14.4 - 1), r[0], 1e-9);
        assertTrue(r[1] > -100 && r[1] < r[0] && r[2] > r[0], java.util.Arrays.toString(r));
        Comparison.Row t = Comparison.paired("metric", "x", "people", a, b);
        assertTrue(t.low() / t.meanA() * 100 < -100, "the t interval of the difference, as a share of A, would pass"
                + " -100%: " + t);
        double[] doubled = Comparison.ratioOfMeans(a, new double[] {20, 24, 18, 22, 60});
        assertEquals(100, doubled[0], 1e-9);
        assertEquals(100, doubled[1], 1e-6);
        assertEquals(100, doubled[2], 1e-6);
    }
}
