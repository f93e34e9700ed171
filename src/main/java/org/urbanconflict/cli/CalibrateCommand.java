package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.batch.calibration.AbcSmc;
import org.urbanconflict.batch.calibration.Calibration;
import org.urbanconflict.batch.calibration.Prior;
import org.urbanconflict.batch.calibration.TargetDistance;
import org.urbanconflict.core.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calibrate}: ABC-SMC against the scenario's validation targets, with a posterior predictive check. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrate numeric parameters, named by JSON Pointer, to the scenario's own validation targets "
                + "by ABC-SMC (population Monte Carlo) from uniform priors: each generation accepts the particles whose"
                + " distance to the targets is within a tolerance that shrinks from generation to generation.",
                "Writes posterior.csv (weighted particles), generations.csv, population-<g>.csv, runs.csv (every "
                        + "evaluation), predictive.csv (target hit rates before and after, from two batches in "
                        + "predictive/), calibrated.json (a scenario that extends the original with the posterior "
                        + "medians, citing the calibration), manifest.json and charts/. Resumable with --resume."},
        footer = {"", "Examples:",
                "  urbanconflict calibrate scenarios/basra-2008.json --vary /combat/governmentLethality=0.0002:0.0008"
                        + " --vary /combat/militiaLethality=0.0003:0.0012 --targets casualties-week-1",
                "  urbanconflict calibrate scenarios/epstein/run-2-punctuated.json --prior my-prior.csv "
                        + "--particles 100 --generations 4",
                "", "A prior file is CSV with the header pointer,min,max, or a .json array of {\"pointer\", \"min\", "
                        + "\"max\"} objects."})
public final class CalibrateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    private Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=MIN:MAX",
            description = "A parameter to calibrate and its uniform prior, e.g. /militia/fighters=5000:17000. Repeat.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--prior", paramLabel = "FILE", description = "Uniform priors from a file instead of --vary.")
    private Path priorFile;

    @Option(names = "--targets", split = ",", paramLabel = "ID", description = "Validation targets to calibrate "
            + "against (default: all of the scenario's).")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--particles", defaultValue = "200", paramLabel = "N",
            description = "Particles per generation (default: ${DEFAULT-VALUE}).")
    private int particles;

    @Option(names = "--generations", defaultValue = "5", paramLabel = "G",
            description = "Generations, the prior sample included (default: ${DEFAULT-VALUE}).")
    private int generations;

    @Option(names = "--runs-per-particle", defaultValue = "1", paramLabel = "R",
            description = "Replicates per particle; its distance is their mean (default: ${DEFAULT-VALUE}).")
    private int runsPerParticle;

    @Option(names = "--quantile", defaultValue = "0.5", paramLabel = "Q", description = "Each tolerance is this "
            + "quantile of the previous generation's distances (default: ${DEFAULT-VALUE}, the median).")
    private double quantile;

    @Option(names = "--min-acceptance", defaultValue = "0.02", paramLabel = "RATE", description = "Stop when a "
            + "generation's acceptance rate falls below this (default: ${DEFAULT-VALUE}).")
    private double minAcceptance;

    @Option(names = "--predictive-runs", defaultValue = "200", paramLabel = "N", description = "Runs of each "
            + "predictive batch, before and after (default: ${DEFAULT-VALUE}; 0 skips the check).")
    private int predictiveRuns;

    @Option(names = "--method", defaultValue = "abc", paramLabel = "METHOD",
            description = "abc (ABC-SMC, the default and the only method so far).")
    private String method;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/calibrate-<scenario>-seed<S>).")
    private Path out;

    @Mixin
    private ExperimentOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String problem = checkNumbers();
        if (problem != null) {
            err.println(problem);
            return 2;
        }
        Experiment base = ExperimentFiles.load(scenarioFile, err);
        if (base == null) {
            return 2;
        }
        Calibration.Config config;
        try {
            Prior prior = priorFile != null ? Prior.read(priorFile) : Prior.fromVary(vary);
            for (Prior.Bound b : prior.bounds()) {
                for (double v : new double[] {b.min(), b.max()}) {
                    try {
                        base.withParameter(b.pointer(), v);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException((priorFile != null ? "--prior " + priorFile : "--vary "
                                + b.pointer()) + ": " + e.getMessage(), e);
                    }
                }
            }
            TargetDistance distance = TargetDistance.of(base.targets(), targets);
            Path dir = out != null ? out : Path.of("results", "calibrate-" + RunCommand.baseName(scenarioFile)
                    + "-seed" + options.masterSeed);
            config = new Calibration.Config(base, scenarioFile, prior, distance, new AbcSmc.Settings(particles,
                    generations, quantile, minAcceptance), runsPerParticle, predictiveRuns, options.masterSeed,
                    options.threads(), dir, options.resume, options.quiet, ExperimentOptions.commandLine(spec),
                    VersionProvider.version());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Nothing was run.");
            return 2;
        }
        Calibration.Outcome outcome;
        try {
            outcome = Calibration.run(config, System.err);
        } catch (ResultsFolder.Conflict e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
        CalibrateReport.print(spec.commandLine().getOut(), config, outcome);
        return 0;
    }

    /** The options that need no scenario to check; null when they are fine. */
    private String checkNumbers() {
        if (!method.equals("abc")) {
            return "--method " + method + ": only abc (ABC-SMC) is available";
        }
        if ((priorFile == null) == vary.isEmpty()) {
            return priorFile == null ? "give the parameters to calibrate with --vary PATH=MIN:MAX or --prior FILE"
                    : "give --vary or --prior, not both";
        }
        if (particles < 2) {
            return "--particles must be at least 2 (got " + particles + ")";
        }
        if (generations < 1) {
            return "--generations must be at least 1 (got " + generations + ")";
        }
        if (runsPerParticle < 1) {
            return "--runs-per-particle must be at least 1 (got " + runsPerParticle + ")";
        }
        if (!(quantile > 0 && quantile < 1)) {
            return "--quantile must be between 0 and 1, exclusive (got " + quantile + ")";
        }
        if (!(minAcceptance > 0 && minAcceptance <= 1)) {
            return "--min-acceptance must be above 0 and at most 1 (got " + minAcceptance + ")";
        }
        if (predictiveRuns < 0) {
            return "--predictive-runs must be 0 or more (got " + predictiveRuns + ")";
        }
        return null;
    }
}
