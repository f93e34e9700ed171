package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.batch.sensitivity.SensitivityMethod;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.CanonicalJson;

/**
 * A global sensitivity analysis run like a sweep: a design of points (Morris trajectories or Saltelli's Sobol
 * matrices), {@code runsPerPoint} replicates at each, then estimates. Replicate r runs on
 * {@link Seeds#replicate}(master, r) at every point (common random numbers), so differences between points are not
 * masked by seed noise, and the output a method sees at a point is the mean of its replicates. Runs are journaled as
 * they finish (resumable after a kill, nothing lost or run twice); the estimates are worked out from runs.csv
 * alone, so they are the same for any thread count and after any resume. The folder gets manifest.json, design.csv,
 * runs.csv, indices.csv and the charts.
 */
public final class Sensitivity {
    /** Everything an analysis needs; {@code metrics} are runs.csv columns (summary metrics or target hits). */
    public record Config(Experiment base, Path sourceFile, SensitivityMethod method,
            List<SweepDesign.Dimension> dimensions, int runsPerPoint, List<String> metrics, long masterSeed,
            int threads, Path out, boolean resume, boolean quiet, String commandLine, String version) {
    }

    /**
     * The design, checked: each point's unit coordinates and the values it runs with (a whole-number parameter
     * rounded). The points' experiments are built again when they run ({@link PointExperiments}), not kept.
     */
    public record Plan(double[][] unit, List<double[]> values) {
    }

    public record Outcome(Path folder, int points, int runs, int ranNow, boolean alreadyComplete, double wallSeconds,
            List<SensitivityIndices.Row> indices) {
    }

    /** Stream of {@link Seeds#auxiliary} for the design's draws; a metric's bootstrap uses 1 + its position. */
    public static final int DESIGN_STREAM = 0;

    private Sensitivity() {
    }

    /**
     * Builds every point's experiment once, so a value a parameter does not allow (or a combination the model's rules
     * refuse) fails, naming the point, before anything runs; keeps the values each point runs with. Costs one
     * {@code withParameter} per parameter and point (about 150 µs each for Basra), spread over the cores.
     */
    public static Plan plan(Config c) {
        double[][] unit = c.method().unitPoints();
        double[][] values = new double[unit.length][];
        String[] problems = new String[unit.length];
        java.util.stream.IntStream.range(0, unit.length).parallel().forEach(p -> {
            try {
                Experiment point = PointExperiments.build(c.base(), c.dimensions(), unit[p]);
                values[p] = c.dimensions().stream().mapToDouble(d -> point.parameterValue(d.pointer())).toArray();
            } catch (IllegalArgumentException ex) {
                problems[p] = "design point " + p + ": " + ex.getMessage();
            }
        });
        for (String problem : problems) {
            if (problem != null) {
                throw new IllegalArgumentException(problem + " (the first of "
                        + java.util.Arrays.stream(problems).filter(java.util.Objects::nonNull).count()
                        + " points refused; narrow the ranges)");
            }
        }
        return new Plan(unit, List.of(values));
    }

    public static ResultsFolder.Identity identity(Config c) {
        String design = c.method().describe() + " " + c.dimensions() + " metrics " + c.metrics();
        return new ResultsFolder.Identity("sensitivity", c.base().name(), CanonicalJson.sha256(c.base().hash()
                + design), c.masterSeed(), c.method().unitPoints().length * c.runsPerPoint());
    }

    public static Outcome run(Config c, Plan plan) throws IOException, ResultsFolder.Conflict {
        int points = plan.values().size();
        int total = points * c.runsPerPoint();
        ResultsFolder.Identity identity = identity(c);
        ObjectNode manifest = ResultsFolder.prepare(c.out(), identity, c.resume());
        if (manifest != null && "complete".equals(manifest.path("status").asText())) {
            RunJournal.deleteIn(c.out());
            return new Outcome(c.out(), points, total, 0, true, 0,
                    SensitivityIndices.read(c.out().resolve(SensitivityIndices.FILE)));
        }
        if (manifest == null) {
            manifest = manifest(c, identity);
            ResultsFolder.writeConfiguration(c.out(), c.base().configurationFiles());
            SensitivityIndices.writeDesign(c.out(), c, plan);
            ResultsFolder.writeManifest(c.out(), manifest);
        }
        long started = System.nanoTime();
        String startedAt = Instant.now().toString();
        int ran;
        long busyNanos;
        try (RunJournal journal = RunJournal.open(c.out())) {
            List<Task> tasks = tasks(c, plan, journal);
            List<Task> pending = ReplicateRunner.pending(tasks, journal);
            ran = pending.size();
            Thread notice = new Thread(() -> System.err.printf("%ninterrupted: %d of %d runs are saved in %s; finish"
                    + " with the same command plus --resume%n", journal.entries().size(), total, c.out()));
            Runtime.getRuntime().addShutdownHook(notice);
            try (Progress progress = Progress.create("sensitivity", total, total - pending.size(), c.quiet())) {
                busyNanos = new ReplicateRunner(c.threads(), false).run(pending, journal, progress);
            } finally {
                Runtime.getRuntime().removeShutdownHook(notice);
            }
            Batch.writeRuns(c.out(), journal);
        }
        Files.deleteIfExists(c.out().resolve("timeseries.csv.gz"));
        double wall = (System.nanoTime() - started) / 1e9;
        List<SensitivityIndices.Row> rows = SensitivityIndices.estimate(c, RunTable.read(c.out().resolve(
                "runs.csv")), points);
        SensitivityIndices.write(c.out(), rows);
        SensitivityPlots.draw(c.out(), rows);
        manifest.put("status", "complete");
        ResultsFolder.addSession(manifest, c.commandLine(), c.threads(), startedAt, ran, wall, busyNanos);
        ResultsFolder.writeManifest(c.out(), manifest);
        RunJournal.deleteIn(c.out());
        return new Outcome(c.out(), points, total, ran, false, wall, rows);
    }

    /** Every run of the design, and the lazily built experiments of the points that still have runs to make. */
    private static List<Task> tasks(Config c, Plan plan, RunJournal journal) {
        List<String> labelNames = new ArrayList<>(List.of("point"));
        c.dimensions().forEach(d -> labelNames.add(d.column()));
        labelNames.add("replicate");
        int points = plan.values().size();
        int[] left = new int[points];
        java.util.Arrays.fill(left, c.runsPerPoint());
        journal.entries().forEach(e -> left[e.run() / c.runsPerPoint()]--);
        PointExperiments experiments = new PointExperiments(c.base(), c.dimensions(), plan.unit(), left);
        List<Task> tasks = new ArrayList<>(points * c.runsPerPoint());
        for (int p = 0; p < points; p++) {
            List<String> values = new ArrayList<>(List.of(Integer.toString(p)));
            for (double v : plan.values().get(p)) {
                values.add(Numbers.format(v));
            }
            Experiment point = experiments.point(p);
            for (int r = 0; r < c.runsPerPoint(); r++) {
                List<String> labels = new ArrayList<>(values);
                labels.add(Integer.toString(r));
                tasks.add(new Task(p * c.runsPerPoint() + r, point, Seeds.replicate(c.masterSeed(), r), labelNames,
                        labels));
            }
        }
        return tasks;
    }

    private static ObjectNode manifest(Config c, ResultsFolder.Identity id) {
        ObjectNode m = ResultsFolder.newManifest(id, c.version(), c.commandLine(), c.sourceFile());
        ((ObjectNode) m.get("scenario")).put("base_hash", c.base().hash());
        ResultsFolder.describeExperiment(m, c.base());
        ObjectNode design = m.putObject("design");
        design.put("method", c.method().name());
        design.put("description", c.method().describe());
        design.put("points", c.method().unitPoints().length);
        design.put("file", "design.csv");
        design.put("design_seed", Seeds.auxiliary(c.masterSeed(), DESIGN_STREAM));
        ArrayNode dimensions = design.putArray("parameters");
        for (SweepDesign.Dimension d : c.dimensions()) {
            ObjectNode dim = dimensions.addObject();
            dim.put("pointer", d.pointer());
            dim.put("min", d.min());
            dim.put("max", d.max());
        }
        ArrayNode metrics = m.putArray("metrics");
        c.metrics().forEach(metrics::add);
        m.put("runs_per_point", c.runsPerPoint());
        ArrayNode seeds = m.putArray("replicate_seeds");
        for (int r = 0; r < c.runsPerPoint(); r++) {
            seeds.add(Seeds.replicate(c.masterSeed(), r));
        }
        ArrayNode bootstrap = m.putArray("bootstrap_seeds");
        for (int i = 0; i < c.metrics().size(); i++) {
            bootstrap.add(Seeds.auxiliary(c.masterSeed(), 1 + i));
        }
        m.put("bootstrap_resamples", org.urbanconflict.batch.sensitivity.Bootstrap.RESAMPLES);
        return m;
    }
}
