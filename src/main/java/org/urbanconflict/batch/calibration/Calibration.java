package org.urbanconflict.batch.calibration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.batch.Batch;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.batch.RunJournal;
import org.urbanconflict.batch.RunTable;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.CanonicalJson;

/**
 * {@code calibrate}: an ABC-SMC calibration of any model against its scenario's validation targets, in a results folder
 * like a batch's. Every evaluated particle is journaled as it finishes ({@link JournalEvaluator}); after a kill, the
 * same command with {@code --resume} re-derives the same proposals from the seeded generators, reads the evaluated
 * ones back and runs only the rest, so nothing is lost or run twice. The folder gets {@code runs.csv} (every
 * evaluation), the population of each generation, {@code generations.csv}, {@code posterior.csv},
 * {@code calibrated.json}, the posterior predictive batches and {@code predictive.csv}, and charts.
 */
public final class Calibration {
    /** Everything a calibration needs; {@code commandLine} and {@code version} go into the manifest. */
    public record Config(Experiment base, Path sourceFile, Prior prior, TargetDistance distance,
            AbcSmc.Settings settings, int runsPerParticle, int predictiveRuns, long masterSeed, int threads, Path out,
            boolean resume, boolean quiet, String commandLine, String version) {

        /** What identifies the job besides the scenario and seed: prior, targets and settings. */
        String design() {
            return String.format(Locale.ROOT, "abc-smc prior %s targets %s particles %d generations %d quantile %s "
                    + "floor %s replicates %d predictive %d", prior.bounds(), distance.ids(), settings.particles(),
                    settings.generations(), settings.quantile(), settings.minAcceptance(), runsPerParticle,
                    predictiveRuns);
        }
    }

    /** What happened, for the command's report. */
    public record Outcome(Path folder, boolean alreadyComplete, AbcSmc.Result result, double[] medians,
            List<Predictive.Row> predictive, int runsThisSession, double wallSeconds) {
    }

    private Calibration() {
    }

    public static Outcome run(Config c, PrintStream log) throws IOException, ResultsFolder.Conflict {
        ResultsFolder.Identity identity = new ResultsFolder.Identity("calibrate", c.base().name(),
                CanonicalJson.sha256(c.base().hash() + "|" + c.design()), c.masterSeed(), c.settings().particles());
        ObjectNode manifest = ResultsFolder.prepare(c.out(), identity, c.resume());
        if (manifest != null && "complete".equals(manifest.path("status").asText())) {
            RunJournal.deleteIn(c.out());
            return new Outcome(c.out(), true, null, null, List.of(), 0, 0);
        }
        if (manifest == null) {
            manifest = manifest(c, identity);
            ResultsFolder.writeConfiguration(c.out(), c.base().configurationFiles());
            ResultsFolder.writeManifest(c.out(), manifest);
        }
        long started = System.nanoTime();
        String startedAt = Instant.now().toString();
        AbcSmc.Result result;
        JournalEvaluator evaluator;
        try (RunJournal journal = RunJournal.open(c.out())) {
            evaluator = new JournalEvaluator(c.base(), c.prior(), c.distance(), c.runsPerParticle(), c.masterSeed(),
                    journal, c.threads(), c.quiet());
            result = AbcSmc.run(c.prior(), c.settings(), c.masterSeed(), theta -> admissible(c, theta), evaluator,
                    g -> generationDone(c, g, log, started));
            Batch.writeRuns(c.out(), journal);
        }
        Files.deleteIfExists(c.out().resolve("timeseries.csv.gz"));
        Population posterior = result.posterior();
        CalibrationFiles.writeGenerations(c.out().resolve("generations.csv"), c.prior(), result.generations());
        CalibrationFiles.writePopulation(c.out().resolve("posterior.csv"), c.prior(), posterior);
        double[] medians = new double[c.prior().dimension()];
        for (int d = 0; d < medians.length; d++) {
            medians[d] = posterior.quantile(d, 0.5);
        }
        int last = result.posteriorGeneration();
        String citation = CalibratedScenario.citation(c.out(), c.distance().ids(), posterior.size(), last,
                result.generations().get(last).tolerance());
        double[] written = CalibratedScenario.write(c.out(), c.sourceFile(), c.base(), c.prior(), medians, citation);
        List<Predictive.Row> rows = List.of();
        if (c.predictiveRuns() > 0) {
            List<RunTable> tables = Predictive.run(c, new PosteriorExperiment(c.base(), c.prior(), posterior));
            rows = Predictive.rows(c.base().targets(), c.distance().ids(), tables.get(0), tables.get(1));
            Predictive.write(c.out().resolve("predictive.csv"), rows);
        }
        CalibrationChartsWriter.draw(c, result, medians, rows);
        double wall = (System.nanoTime() - started) / 1e9;
        finish(manifest, c, result, written, startedAt, wall, evaluator);
        ResultsFolder.writeManifest(c.out(), manifest);
        RunJournal.deleteIn(c.out());
        return new Outcome(c.out(), false, result, written, rows, evaluator.runsThisSession(), wall);
    }

    private static boolean admissible(Config c, double[] theta) {
        try {
            JournalEvaluator.apply(c.base(), c.prior(), theta);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void generationDone(Config c, AbcSmc.Generation g, PrintStream log, long started)
            throws IOException {
        if (g.complete()) {
            CalibrationFiles.writePopulation(c.out().resolve("population-" + g.index() + ".csv"), c.prior(),
                    g.population());
        }
        if (!c.quiet()) {
            log.printf(Locale.ROOT, "generation %d: tolerance %s, %d of %d proposals accepted (%.1f%%)%s, %.1f s%n",
                    g.index(), CalibrationFiles.number(g.tolerance()), g.accepted(), g.proposals(),
                    100 * g.acceptanceRate(), g.complete() ? String.format(Locale.ROOT, ", ESS %.1f",
                            g.population().ess()) : ", abandoned", (System.nanoTime() - started) / 1e9);
            log.flush();
        }
    }

    private static ObjectNode manifest(Config c, ResultsFolder.Identity id) {
        ObjectNode m = ResultsFolder.newManifest(id, c.version(), c.commandLine(), c.sourceFile());
        ((ObjectNode) m.get("scenario")).put("base_hash", c.base().hash()).put("copy", "scenario.json");
        ResultsFolder.describeExperiment(m, c.base());
        m.put("method", "abc-smc");
        ArrayNode prior = m.putArray("prior");
        c.prior().bounds().forEach(b -> prior.addObject().put("pointer", b.pointer()).put("min", b.min())
                .put("max", b.max()).put("distribution", "uniform"));
        ArrayNode targets = m.putArray("targets");
        c.distance().ids().forEach(targets::add);
        ObjectNode s = m.putObject("settings");
        s.put("particles", c.settings().particles());
        s.put("generations", c.settings().generations());
        s.put("tolerance_quantile", c.settings().quantile());
        s.put("min_acceptance", c.settings().minAcceptance());
        s.put("runs_per_particle", c.runsPerParticle());
        s.put("predictive_runs", c.predictiveRuns());
        s.put("distance", "root-mean-square over targets of the root-mean-square over their conditions; 0 inside a "
                + "range, else the distance to the nearest bound over the range's width (two bounds) or over max(1, "
                + "|bound|) (one bound or a point); a missing metric counts " + TargetDistance.MISSING
                + "; a particle's distance is the mean over its replicates");
        s.put("kernel", "multivariate normal, twice the weighted covariance of the previous population; parent and "
                + "step redrawn until inside the prior box");
        ObjectNode seeds = m.putObject("seeds");
        seeds.put("runs", "replicate r of proposal k runs on seed Seeds.replicate(master, k * runs_per_particle + r); "
                + "runs.csv lists every one");
        ArrayNode generations = seeds.putArray("generation_generators");
        for (int g = 0; g < c.settings().generations(); g++) {
            generations.add(Seeds.replicate(~c.masterSeed(), g));
        }
        seeds.put("predictive", "both predictive batches use the master seed, as batch --seed does");
        return m;
    }

    private static void finish(ObjectNode m, Config c, AbcSmc.Result result, double[] medians, String startedAt,
            double wall, JournalEvaluator evaluator) {
        m.put("stop_reason", result.stopReason());
        m.put("posterior_generation", result.posteriorGeneration());
        ObjectNode posterior = m.putObject("posterior");
        Population p = result.posterior();
        posterior.put("particles", p.size());
        posterior.put("ess", p.ess());
        for (int d = 0; d < c.prior().dimension(); d++) {
            posterior.putObject(c.prior().bounds().get(d).pointer()).put("mean", p.mean(d)).put("sd", p.sd(d))
                    .put("median", medians[d]).put("q05", p.quantile(d, 0.05)).put("q95", p.quantile(d, 0.95));
        }
        ResultsFolder.addSession(m, c.commandLine(), c.threads(), startedAt, evaluator.runsThisSession(), wall,
                evaluator.busyNanos());
        m.put("threads", c.threads());
        m.put("status", "complete");
    }
}
