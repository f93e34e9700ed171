package org.urbanconflict.batch;

import org.urbanconflict.core.scenario.CanonicalJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.urbanconflict.chart.Charts;
import org.urbanconflict.chart.SweepPoint;
import org.urbanconflict.core.Experiment;

/**
 * A parameter sweep: every point of a design gets {@code runsPerPoint} replicates. Replicate r uses the same seed at
 * every point (common random numbers), so differences between points are not masked by seed noise. Rows are
 * journaled like a batch (and resumable); time series are not kept. The folder gets runs.csv (point, parameter
 * values, replicate, then the usual columns), points.csv (tidy: one row per point and metric or outcome) and a chart
 * of each outcome against each varied parameter.
 */
public final class Sweep {
    /** {@code designFile} is null for a grid or hypercube, else the external design ({@code lhsPoints} null). */
    public record Config(Experiment base, Path sourceFile, List<SweepDesign.Dimension> dimensions, Integer lhsPoints,
            DesignFile.Table designFile, int runsPerPoint, long masterSeed, int threads, Path out, boolean resume,
            boolean quiet, String commandLine, String version) {

        String design() {
            return (designFile != null ? "design " + designFile.file().getFileName() + " " + designFile.hash()
                    : lhsPoints == null ? "grid" : "lhs " + lhsPoints) + " " + dimensions;
        }
    }

    /**
     * The default folder of a sweep, named after its design so that two different sweeps of one scenario never
     * compete for a folder: the varied parameters' last path segments, grid or lhs K, the replicates per point, the
     * master seed, and a short hash of the exact design (paths, ranges and steps), e.g.
     * {@code sweep-basra-2008-fighters-startDay-lhs20-r30-seed1-3fa9c2d1}. Repeating a sweep gives the same name, so
     * {@code --resume} finds its folder.
     */
    public static String folderName(String scenarioBase, List<SweepDesign.Dimension> dimensions, Integer lhsPoints,
            DesignFile.Table designFile, int runsPerPoint, long masterSeed) {
        StringBuilder name = new StringBuilder("sweep-").append(scenarioBase);
        for (SweepDesign.Dimension d : dimensions) {
            name.append('-').append(d.pointer().substring(d.pointer().lastIndexOf('/') + 1)
                    .replaceAll("[^A-Za-z0-9_.]", "_"));
        }
        String design = (designFile != null ? "design " + designFile.hash() : lhsPoints == null ? "grid"
                : "lhs " + lhsPoints) + " " + dimensions + " r" + runsPerPoint;
        return name.append(designFile != null ? "-design" : lhsPoints == null ? "-grid" : "-lhs" + lhsPoints)
                .append("-r").append(runsPerPoint)
                .append("-seed").append(masterSeed).append('-').append(CanonicalJson.sha256(design), 0, 8)
                .toString();
    }

    public record Outcome(Path folder, int points, int runs, boolean alreadyComplete, double wallSeconds) {
    }

    private Sweep() {
    }

    /** Builds every point's experiment first, so a bad path or value fails before anything runs. */
    public static List<Experiment> points(Config c, List<double[]> values) {
        List<Experiment> experiments = new ArrayList<>();
        for (double[] point : values) {
            Experiment e = c.base();
            for (int d = 0; d < point.length; d++) {
                e = e.withParameter(c.dimensions().get(d).pointer(), point[d]);
            }
            experiments.add(e);
        }
        return experiments;
    }

    /**
     * The dimensions of an external design: each column's pointer, its smallest and largest value, and the number of
     * rows in place of grid steps (used by nothing but the manifest).
     */
    public static List<SweepDesign.Dimension> dimensions(DesignFile.Table table) {
        List<SweepDesign.Dimension> dims = new ArrayList<>();
        for (int d = 0; d < table.pointers().size(); d++) {
            int column = d;
            double min = table.rows().stream().mapToDouble(r -> r[column]).min().orElseThrow();
            double max = table.rows().stream().mapToDouble(r -> r[column]).max().orElseThrow();
            dims.add(new SweepDesign.Dimension(table.pointers().get(d), min, max, min == max ? 1
                    : Math.max(2, table.rows().size())));
        }
        return dims;
    }

    /**
     * The parameter values each point's experiment actually runs with: the design's values, except that a
     * whole-number parameter holds its rounded value. Output files and charts record these.
     */
    public static List<double[]> valuesRun(Config c, List<Experiment> experiments) {
        List<double[]> values = new ArrayList<>();
        for (Experiment e : experiments) {
            values.add(c.dimensions().stream().mapToDouble(d -> e.parameterValue(d.pointer())).toArray());
        }
        return values;
    }

    public static List<double[]> design(Config c) {
        if (c.designFile() != null) {
            return c.designFile().rows();
        }
        return c.lhsPoints() == null ? SweepDesign.grid(c.dimensions())
                : SweepDesign.latinHypercube(c.dimensions(), c.lhsPoints(), c.masterSeed());
    }

    public static Outcome run(Config c, List<double[]> values, List<Experiment> experiments)
            throws IOException, ResultsFolder.Conflict {
        int total = values.size() * c.runsPerPoint();
        ResultsFolder.Identity identity = new ResultsFolder.Identity("sweep", c.base().name(),
                CanonicalJson.sha256(c.base().hash() + c.design()), c.masterSeed(), total);
        ObjectNode manifest = ResultsFolder.prepare(c.out(), identity, c.resume());
        if (manifest != null && "complete".equals(manifest.path("status").asText())) {
            RunJournal.deleteIn(c.out());
            return new Outcome(c.out(), values.size(), total, true, 0);
        }
        if (manifest == null) {
            manifest = manifest(c, identity, values);
            ResultsFolder.writeConfiguration(c.out(), c.base().configurationFiles());
            ResultsFolder.writeManifest(c.out(), manifest);
        }
        List<String> labelNames = new ArrayList<>(List.of("point"));
        c.dimensions().forEach(d -> labelNames.add(d.column()));
        labelNames.add("replicate");
        List<Task> tasks = new ArrayList<>(total);
        for (int p = 0; p < values.size(); p++) {
            for (int r = 0; r < c.runsPerPoint(); r++) {
                List<String> labels = new ArrayList<>(List.of(Integer.toString(p)));
                for (double v : values.get(p)) {
                    labels.add(Numbers.format(v));
                }
                labels.add(Integer.toString(r));
                tasks.add(new Task(p * c.runsPerPoint() + r, experiments.get(p), Seeds.replicate(c.masterSeed(), r),
                        labelNames, labels));
            }
        }
        long started = System.nanoTime();
        String startedAt = Instant.now().toString();
        int ran;
        long busyNanos;
        try (RunJournal journal = RunJournal.open(c.out(), 0, total - 1);
                Progress progress = Progress.create("sweep", total, total - ReplicateRunner.pending(tasks, journal)
                        .size(), c.quiet())) {
            List<Task> pending = ReplicateRunner.pending(tasks, journal);
            ran = pending.size();
            busyNanos = new ReplicateRunner(c.threads(), false).run(pending, journal, progress);
            Batch.writeRuns(c.out(), journal);
        }
        Files.deleteIfExists(c.out().resolve("timeseries.csv.gz"));
        double wall = (System.nanoTime() - started) / 1e9;
        RunTable table = RunTable.read(c.out().resolve("runs.csv"));
        List<String> outcomes = new ArrayList<>(new TreeSet<>(c.base().chartPlan().outcomeClasses()));
        SweepPoints.write(c.out(), table, c.dimensions(), values, c.runsPerPoint(), outcomes);
        charts(c.out(), c.dimensions(), table, values, outcomes);
        DataPackage.write(c.out(), c.base());
        manifest.put("status", "complete");
        ResultsFolder.addSession(manifest, c.commandLine(), c.threads(), startedAt, ran, wall, busyNanos);
        ResultsFolder.writeManifest(c.out(), manifest);
        RunJournal.deleteIn(c.out());
        return new Outcome(c.out(), values.size(), total, false, wall);
    }

    private static ObjectNode manifest(Config c, ResultsFolder.Identity id, List<double[]> values) {
        ObjectNode m = ResultsFolder.newManifest(id, c.version(), c.commandLine(), c.sourceFile());
        ((ObjectNode) m.get("scenario")).put("base_hash", c.base().hash());
        ResultsFolder.describeExperiment(m, c.base());
        m.put("design", c.design());
        ArrayNode dimensions = m.putArray("dimensions");
        for (SweepDesign.Dimension d : c.dimensions()) {
            dimensions.add(d.toString());
        }
        ArrayNode points = m.putArray("points");
        for (double[] p : values) {
            ObjectNode point = points.addObject();
            for (int d = 0; d < p.length; d++) {
                point.put(c.dimensions().get(d).pointer(), p[d]);
            }
        }
        m.put("runs_per_point", c.runsPerPoint());
        ArrayNode seeds = m.putArray("replicate_seeds");
        for (int r = 0; r < c.runsPerPoint(); r++) {
            seeds.add(Seeds.replicate(c.masterSeed(), r));
        }
        return m;
    }

    /**
     * One chart per varied parameter and outcome class: the probability of the outcome at each value of the parameter,
     * with its Wilson interval. Runs at points that share the value are pooled, so a grid over several parameters
     * shows each one's effect averaged over the others. A Latin hypercube over several parameters has a different
     * value at every point, so its points are drawn unjoined: the other parameters vary from dot to dot.
     */
    public static void charts(Path folder, List<SweepDesign.Dimension> dimensions, RunTable table,
            List<double[]> values, List<String> outcomes) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("charts"));
        double[] pointOf = table.column("point");
        String[] outcome = table.outcomes();
        for (int d = 0; d < dimensions.size(); d++) {
            SweepDesign.Dimension dim = dimensions.get(d);
            int column = d;
            double[] levels = values.stream().mapToDouble(v -> v[column]).distinct().sorted().toArray();
            int[] levelOfPoint = values.stream().mapToInt(v -> java.util.Arrays.binarySearch(levels, v[column]))
                    .toArray();
            boolean pooled = levels.length < values.size();
            boolean joined = dimensions.size() == 1 || pooled;
            String subtitle = "Dot: share of runs with this outcome" + (pooled && dimensions.size() > 1
                    ? ", pooled over the other varied parameters" : joined ? ""
                    : "; each dot is one point of the hypercube, where the other parameters vary too")
                    + "  \u00B7  bar: 95% Wilson interval";
            for (String o : outcomes) {
                long[] n = new long[levels.length];
                long[] hits = new long[levels.length];
                for (int i = 0; i < outcome.length; i++) {
                    int level = levelOfPoint[(int) pointOf[i]];
                    n[level]++;
                    hits[level] += outcome[i].equals(o) ? 1 : 0;
                }
                List<SweepPoint> points = new ArrayList<>();
                for (int level = 0; level < levels.length; level++) {
                    Statistics.Proportion prop = Statistics.wilson(hits[level], n[level]);
                    points.add(new SweepPoint(levels[level], prop.p(), prop.low(), prop.high()));
                }
                Charts.sweep(dir.resolve(dim.column() + "--" + o.replace('_', '-') + ".png"),
                        "P(" + o.replace('_', ' ') + ") against " + dim.pointer(), dim.pointer(),
                        "probability (95% Wilson interval)", subtitle, joined, points);
            }
        }
    }
}
