package org.urbanconflict.batch;

import org.urbanconflict.core.scenario.CanonicalJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.chart.Charts;
import org.urbanconflict.chart.Estimate;
import org.urbanconflict.chart.FanData;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;

/**
 * A paired what-if comparison: batch A in {@code DIR/a} and batch B in {@code DIR/b}, on the same master seed and so
 * the same replicate seeds, then {@code compare.csv}, {@code compare.json} and charts (side-by-side fans and forest
 * plots of the paired differences) in {@code DIR}. Each batch is resumable on its own.
 */
public final class CompareRun {
    public record Config(Experiment a, Path fileA, Experiment b, Path fileB, int runs, long masterSeed, int threads,
            Path out, boolean resume, boolean quiet, String commandLine, String version) {
    }

    private CompareRun() {
    }

    public static List<Comparison.Row> run(Config c) throws IOException, ResultsFolder.Conflict {
        ResultsFolder.Identity id = new ResultsFolder.Identity("comparison", c.a().name() + " vs " + c.b().name(),
                CanonicalJson.sha256(c.a().hash() + c.b().hash()), c.masterSeed(), c.runs());
        ObjectNode manifest = ResultsFolder.prepare(c.out(), id, c.resume());
        if (manifest == null) {
            manifest = ResultsFolder.newManifest(id, c.version(), c.commandLine(), null);
            ObjectNode sides = manifest.putObject("sides");
            side(sides.putObject("a"), c.a(), c.fileA());
            side(sides.putObject("b"), c.b(), c.fileB());
            ResultsFolder.writeManifest(c.out(), manifest);
        }
        long started = System.nanoTime();
        String startedAt = java.time.Instant.now().toString();
        batch(c, c.a(), c.fileA(), "a");
        batch(c, c.b(), c.fileB(), "b");
        RunTable a = RunTable.read(c.out().resolve("a/runs.csv"));
        RunTable b = RunTable.read(c.out().resolve("b/runs.csv"));
        List<Comparison.Row> rows = Comparison.compare(a, b, targetIds(c.a()), c.a().chartPlan().outcomeClasses(),
                Comparison.units(c.a()));
        write(c.out(), rows);
        charts(c.out(), c.a(), c.b(), rows);
        DataPackage.write(c.out(), c.a());
        manifest.put("status", "complete");
        manifest.put("threads", c.threads());
        ResultsFolder.addSession(manifest, c.commandLine(), c.threads(), startedAt, 2 * c.runs(),
                (System.nanoTime() - started) / 1e9, 0);
        ResultsFolder.writeManifest(c.out(), manifest);
        return rows;
    }

    /** Ids of the targets of A, whose rows the comparison names. */
    public static List<String> targetIds(Experiment a) {
        return a.targets().stream().map(t -> t.id()).toList();
    }

    private static void side(ObjectNode node, Experiment e, Path file) {
        node.put("name", e.name());
        node.put("file", file == null ? null : file.toString());
        node.put("hash", e.hash());
    }

    private static void batch(Config c, Experiment e, Path file, String sub) throws IOException,
            ResultsFolder.Conflict {
        Path dir = c.out().resolve(sub);
        boolean started = Files.exists(dir.resolve(ResultsFolder.MANIFEST));
        Batch.run(new Batch.Config(e, file, c.runs(), c.masterSeed(), c.threads(), dir, started, c.quiet(),
                c.commandLine() + " [side " + sub + "]", c.version()));
    }

    /** The columns of compare.csv, and the keys of each object of compare.json. */
    static final List<String> COLUMNS = List.of("kind", "name", "unit", "n", "mean_a", "mean_b", "difference", "sd",
            "ci95_low", "ci95_high", "relative_change", "relative_low", "relative_high");

    private static void write(Path dir, List<Comparison.Row> rows) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        ArrayNode json = ResultsFolder.JSON.createArrayNode();
        for (Comparison.Row r : rows) {
            double[] numbers = {r.meanA(), r.meanB(), r.difference(), r.sd(), r.low(), r.high(), r.relative(),
                r.relativeLow(), r.relativeHigh()};
            csv.append(String.join(",", r.kind(), r.name(), r.unit(), Integer.toString(r.n())));
            ObjectNode o = json.addObject();
            o.put("kind", r.kind());
            o.put("name", r.name());
            o.put("unit", r.unit());
            o.put("n", r.n());
            for (int i = 0; i < numbers.length; i++) {
                csv.append(',').append(Numbers.format(numbers[i]));
                if (Double.isNaN(numbers[i])) {
                    o.putNull(COLUMNS.get(4 + i));
                } else {
                    o.put(COLUMNS.get(4 + i), new java.math.BigDecimal(Numbers.format(numbers[i])));
                }
            }
            csv.append('\n');
        }
        RunFiles.atomically(dir.resolve("compare.csv"), out -> out.write(csv.toString()));
        RunFiles.atomically(dir.resolve("compare.json"), out -> out.write(
                ResultsFolder.JSON.writeValueAsString(json) + "\n"));
    }

    /** Draws (or redraws) a comparison folder's charts. */
    public static void charts(Path folder, Experiment a, Experiment b, List<Comparison.Row> rows)
            throws IOException {
        Path dir = Files.createDirectories(folder.resolve("charts"));
        ChartPlan plan = a.chartPlan();
        int pairs = rows.stream().mapToInt(Comparison.Row::n).max().orElse(0);
        List<FanData> fansA = FanReader.read(folder.resolve("a/timeseries.csv.gz"), plan.fans());
        List<FanData> fansB = FanReader.read(folder.resolve("b/timeseries.csv.gz"), plan.fans());
        for (int i = 0; i < plan.fans().size(); i++) {
            ChartPlan.Fan fan = plan.fans().get(i);
            Charts.fanPair(dir.resolve(fan.file() + ".png"), fan.title() + " (median, 50% and 90% of "
                    + FanReader.runsDrawn(pairs) + " each)", fan.yAxisLabel(), "A: " + a.name(), fansA.get(i),
                    "B: " + b.name(), fansB.get(i));
        }
        Charts.forest(dir.resolve("forest-probabilities.png"), "B − A: change in outcome and target probabilities",
                "change in probability, percentage points (95% Newcombe interval, paired runs)",
                probabilityEstimates(rows));
        Charts.forest(dir.resolve("forest-metrics.png"), "B / A − 1: relative change in key metrics (B − A, in "
                + "each metric's unit, beside its name)", "relative change of the mean, % (95% interval of the ratio "
                + "of paired means, log scale)", metricEstimates(rows, plan.headlineMetrics()));
    }

    /** The rows of forest-probabilities.png: each change in percentage points, exactly as in compare.csv. */
    static List<Estimate> probabilityEstimates(List<Comparison.Row> rows) {
        List<Estimate> estimates = new ArrayList<>();
        for (Comparison.Row r : rows) {
            if (r.isProbability()) {
                estimates.add(new Estimate((r.kind().equals("outcome") ? "P(" : "hit ") + r.name().replace('_', ' ')
                        + (r.kind().equals("outcome") ? ")" : ""), r.difference(), r.low(), r.high()));
            }
        }
        return estimates;
    }

    /**
     * The rows of forest-metrics.png: the relative change with the ratio-of-means interval (compare.csv's
     * relative_* columns), labelled with the absolute difference in the metric's unit (its difference and ci95
     * columns). A headline metric without a relative change (a mean that is not positive) is left out.
     */
    static List<Estimate> metricEstimates(List<Comparison.Row> rows, List<String> headlines) {
        List<Estimate> estimates = new ArrayList<>();
        for (Comparison.Row r : rows) {
            if (!r.isProbability() && headlines.contains(r.name()) && !Double.isNaN(r.relative())) {
                estimates.add(new Estimate(metricLabel(r), r.relative(), r.relativeLow(), r.relativeHigh()));
            }
        }
        return estimates;
    }

    /** A metric's row label: its name and its absolute difference B − A with interval and unit, as in compare.csv. */
    static String metricLabel(Comparison.Row r) {
        return r.name().replace('_', ' ') + ": " + signed(r.difference()) + " " + r.unit() + " [" + signed(r.low())
                + ", " + signed(r.high()) + "]";
    }

    /** Two decimals, or three significant digits below 1 (a change in a share such as -0.0042). */
    private static String signed(double v) {
        return String.format(java.util.Locale.ROOT, Math.abs(v) >= 1 || v == 0 ? "%+.2f" : "%+.3g", v);
    }
}
