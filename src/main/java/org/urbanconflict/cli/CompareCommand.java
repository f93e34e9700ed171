package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.CompareReport;
import org.urbanconflict.batch.RunLimits;
import org.urbanconflict.batch.CompareRun;
import org.urbanconflict.batch.Comparison;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.core.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare}: two scenarios on the same seeds, paired differences with confidence intervals. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run scenarios A and B on the same replicate seeds (common random numbers) and report, per "
                + "metric, the paired mean difference B - A with a 95%% interval, and per outcome the change in "
                + "probability. Prints a table and writes DIR/compare.csv, DIR/compare.json, DIR/charts/ and the two "
                + "batches in DIR/a and DIR/b."},
        footer = {"", "Example (what if there had been no air support?):",
                "  urbanconflict compare scenarios/basra-2008.json scenarios/what-if/no-fire-support.json --runs 200"})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "Scenario A (usually the baseline).")
    private Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "Scenario B (the what-if).")
    private Path fileB;

    @Option(names = "--runs", defaultValue = "200", paramLabel = "N",
            description = "Replicates of each scenario, 2 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/compare-<A>-vs-<B>-seed<S>-n<N>).")
    private Path out;

    @Mixin
    private ExperimentOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 2 || RunLimits.runsProblem("--runs", runs, 2) != null) {
            err.println(RunLimits.runsProblem("--runs", runs, 2) + "; a comparison needs 2 runs for an interval");
            return 2;
        }
        Experiment a = ExperimentFiles.load(fileA, err);
        Experiment b = ExperimentFiles.load(fileB, err);
        if (a == null || b == null) {
            return 2;
        }
        if (!a.modelId().equals(b.modelId())) {
            err.println(fileA + " is a scenario of " + a.modelId() + " and " + fileB + " one of " + b.modelId()
                    + ": a comparison pairs runs of one model on the same seeds; compare two scenarios of one model");
            return 2;
        }
        Path dir = out != null ? out : Path.of("results", "compare-" + RunCommand.baseName(fileA) + "-vs-"
                + RunCommand.baseName(fileB) + "-seed" + options.masterSeed + "-n" + runs);
        List<Comparison.Row> rows;
        try {
            rows = CompareRun.run(new CompareRun.Config(a, fileA, b, fileB,
                    runs, options.masterSeed, options.threads(), dir, options.resume, options.quiet,
                    ExperimentOptions.commandLine(spec), VersionProvider.version()));
        } catch (ResultsFolder.Conflict e) {
            err.println(e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        CompareReport.print(stdout, a.name(), b.name(), rows, a.chartPlan().headlineMetrics());
        stdout.println("Wrote " + dir + "/{compare.csv, compare.json}, charts in " + dir.resolve("charts")
                + ", and the two batches in " + dir.resolve("a") + " and " + dir.resolve("b"));
        stdout.flush();
        return 0;
    }
}
