package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.Batch;
import org.urbanconflict.batch.RunLimits;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.core.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch}: N Monte Carlo replicates with statistics and charts, resumable after any interruption. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run N replicates of a scenario on all cores and write a results folder: manifest.json, "
                + "runs.csv (one row per replicate), timeseries.csv.gz (long form), summary.json and summary.csv "
                + "(means, quantiles, 95%% intervals, outcome and target probabilities) and charts/*.png.",
                "Runs are saved as they finish: after Ctrl-C or a kill, add --resume to finish the batch."},
        footer = {"", "Examples:", "  urbanconflict batch scenarios/basra-2008.json",
                "  urbanconflict batch scenarios/what-if/no-fire-support.json --runs 1000 --seed 7 --out results/nfs",
                "  urbanconflict batch scenarios/what-if/no-fire-support.json --runs 1000 --seed 7 --out results/nfs"
                        + " --resume",
                "", "Split a batch across machines, then join the slices (see merge):",
                "  urbanconflict batch scenarios/basra-2008.json --runs 1000 --replicates 0:499",
                "  urbanconflict batch scenarios/basra-2008.json --runs 1000 --replicates 500:999"})
public final class BatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    private Path scenarioFile;

    @Option(names = "--runs", defaultValue = "500", paramLabel = "N",
            description = "Replicates, 1 to 1,000,000 (default: ${DEFAULT-VALUE}, about half a minute on 2 cores).")
    private int runs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/batch-<scenario>-seed<S>-n<N>).")
    private Path out;

    @Option(names = "--replicates", paramLabel = "FROM:TO",
            description = "Run only replicates FROM to TO (both included, numbered from 0 as in runs.csv) of the batch"
                    + " of --runs N, on the seeds the whole batch gives them, into a folder of their own (default: "
                    + "results/batch-<scenario>-seed<S>-n<N>-replicates<FROM>-<TO>). urbanconflict merge joins the "
                    + "slices into the folder the whole batch would have made.")
    private String replicates;

    @Mixin
    private ExperimentOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String tooMany = RunLimits.runsProblem("--runs", runs, 1);
        if (tooMany != null) {
            err.println(tooMany);
            return 2;
        }
        Batch.Slice slice;
        try {
            slice = replicates == null ? null : Batch.Slice.parse(replicates, runs);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Experiment experiment = ExperimentFiles.load(scenarioFile, err);
        if (experiment == null) {
            return 2;
        }
        Path dir = out != null ? out : Path.of("results", "batch-" + RunCommand.baseName(scenarioFile) + "-seed"
                + options.masterSeed + "-n" + runs + (slice == null ? "" : "-replicates" + slice.from() + "-"
                        + slice.to()));
        Batch.Config config = new Batch.Config(experiment, scenarioFile, runs, options.masterSeed,
                options.threads(), dir, options.resume, options.quiet, ExperimentOptions.commandLine(spec),
                VersionProvider.version(), slice);
        Batch.Outcome outcome;
        try {
            outcome = Batch.run(config);
        } catch (ResultsFolder.Conflict e) {
            err.println(e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (outcome.alreadyComplete()) {
            stdout.println(dir + " is already complete (" + outcome.runsTotal() + " runs); nothing to do.");
        } else {
            stdout.printf(Locale.ROOT, "%d runs in %.1f s (%.1f runs/s on %d thread%s); summary and charts in %.1f s%n",
                    outcome.runsThisSession(), outcome.wallSeconds(), outcome.runsThisSession()
                            / Math.max(outcome.wallSeconds(), 1e-9), config.threads(), config.threads() == 1 ? "" : "s",
                    outcome.finishSeconds());
        }
        BatchReport.print(stdout, dir, experiment.chartPlan().headlineMetrics());
        stdout.flush();
        return 0;
    }
}
