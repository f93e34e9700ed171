package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.batch.Sensitivity;
import org.urbanconflict.batch.SweepDesign;
import org.urbanconflict.batch.sensitivity.MorrisMethod;
import org.urbanconflict.batch.sensitivity.SensitivityMethod;
import org.urbanconflict.batch.sensitivity.SobolMethod;
import org.urbanconflict.core.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sensitivity}: Morris screening or Sobol indices of any model's parameters, on the batch machinery. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity analysis of numeric scenario parameters, named by JSON Pointer: Morris "
                + "elementary effects (mu, mu*, sigma) or Sobol first-order and total indices (Saltelli "
                + "cross-sampling, Jansen estimators), with bootstrap 95%% intervals.",
                "Each point of the design runs R replicates on the same replicate seeds as a batch (common random "
                        + "numbers); the methods see the mean of the replicates. Writes manifest.json, design.csv, "
                        + "runs.csv, indices.csv and charts/; --resume finishes an interrupted analysis."},
        footer = {"", "Examples:",
                "  urbanconflict sensitivity scenarios/basra-2008.json --method morris --vary "
                        + "/militia/standDownCompliance=0.5:0.95 --vary /mediation/startDay=2:6 --design-size 20 "
                        + "--runs-per-point 5",
                "  urbanconflict sensitivity scenarios/epstein/run-2-punctuated.json --method sobol --vary "
                        + "/citizens/legitimacy=0.7:0.9 --vary /population/copDensity=0.03:0.05 --design-size 256 "
                        + "--runs-per-point 2 --metrics outbursts,activation_mean",
                "", "List parameters and their paths with: urbanconflict params SCENARIO"})
public final class SensitivityCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (any model).")
    private Path scenarioFile;

    @Option(names = "--method", required = true, paramLabel = "morris|sobol",
            description = "morris: screening by elementary effects; sobol: variance-based indices.")
    private String method;

    @Option(names = "--vary", required = true, paramLabel = "PATH=MIN:MAX",
            description = "A parameter and its range, e.g. /militia/fighters=5000:17000 (a true/false switch as "
                    + "0:1). Repeat for each parameter.")
    private List<String> vary;

    @Option(names = "--design-size", paramLabel = "N", description = "Morris: trajectories r (default 20). Sobol:"
            + " base sample size N, a power of two (default 256); N(k+2) points.")
    private Integer designSize;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default 4).")
    private Integer levels;

    @Option(names = "--runs-per-point", defaultValue = "5", paramLabel = "R",
            description = "Replicates at each point, averaged (default: ${DEFAULT-VALUE}).")
    private int runsPerPoint;

    @Option(names = "--metrics", split = ",", paramLabel = "a,b,c", description = "Summary metrics (runs.csv "
            + "columns) to analyse (default: the model's headline metrics).")
    private List<String> metrics;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/sensitivity-<scenario>-<method>-seed<S>).")
    private Path out;

    @Mixin
    private ExperimentOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Sensitivity.Config config;
        Sensitivity.Plan plan;
        try {
            if (!List.of("morris", "sobol").contains(method)) {
                throw new IllegalArgumentException("--method " + method + ": expected morris or sobol");
            }
            if (runsPerPoint < 1) {
                throw new IllegalArgumentException("--runs-per-point " + runsPerPoint + ": must be at least 1");
            }
            if (levels != null && method.equals("sobol")) {
                throw new IllegalArgumentException("--levels is for --method morris; Sobol's points are not on a"
                        + " grid");
            }
            Experiment base = ExperimentFiles.load(scenarioFile, err);
            if (base == null) {
                return 2;
            }
            List<SweepDesign.Dimension> dims = dimensions(base);
            long designSeed = Seeds.auxiliary(options.masterSeed, Sensitivity.DESIGN_STREAM);
            SensitivityMethod design = method.equals("morris")
                    ? new MorrisMethod(dims.size(), designSize == null ? 20 : designSize, levels == null ? 4 : levels,
                            designSeed)
                    : new SobolMethod(dims.size(), designSize == null ? 256 : designSize);
            List<String> chosen = org.urbanconflict.batch.SensitivityMetrics.check(base, metrics, options.masterSeed);
            Path dir = out != null ? out : Path.of("results", "sensitivity-" + RunCommand.baseName(scenarioFile)
                    + "-" + method + "-seed" + options.masterSeed);
            config = new Sensitivity.Config(base, scenarioFile, design, dims, runsPerPoint, chosen,
                    options.masterSeed, options.threads(), dir, options.resume, options.quiet,
                    ExperimentOptions.commandLine(spec), VersionProvider.version());
            plan = Sensitivity.plan(config);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Nothing was run.");
            return 2;
        }
        Sensitivity.Outcome outcome;
        try {
            outcome = Sensitivity.run(config, plan);
        } catch (ResultsFolder.Conflict e) {
            err.println(e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %s; %d points x %d replicates = %d runs%s%n", outcome.alreadyComplete()
                ? "already complete" : "done", config.method().describe(), outcome.points(), runsPerPoint,
                outcome.runs(), outcome.alreadyComplete() ? "" : String.format(Locale.ROOT, " (%d run now in %.1f s)",
                        outcome.ranNow(), outcome.wallSeconds()));
        if (!options.quiet) {
            SensitivityReport.print(stdout, outcome.indices());
        }
        stdout.printf("Wrote %s/{manifest.json, design.csv, runs.csv, indices.csv} and charts/%n", outcome.folder());
        stdout.flush();
        return 0;
    }

    /** Parses and checks every --vary: a JSON Pointer the model has, MIN below MAX, both ends allowed, given once. */
    private List<SweepDesign.Dimension> dimensions(Experiment base) {
        List<SweepDesign.Dimension> dims = new ArrayList<>();
        for (String v : vary) {
            String[] range = v.substring(v.indexOf('=') + 1).split(":");
            if (v.indexOf('=') > 0 && range.length == 3) {
                throw new IllegalArgumentException("--vary " + v + ": give PATH=MIN:MAX; the method places the"
                        + " points (STEPS is for sweep --grid)");
            }
            SweepDesign.Dimension dim = SweepDesign.Dimension.parse(v, 2);
            if (!(dim.min() < dim.max())) {
                throw new IllegalArgumentException("--vary " + v + ": MIN must be below MAX");
            }
            if (dims.stream().anyMatch(d -> d.pointer().equals(dim.pointer()))) {
                throw new IllegalArgumentException("--vary " + v + ": " + dim.pointer() + " is already varied; give"
                        + " each parameter once");
            }
            dim.checkOn(base, v);
            dims.add(dim);
        }
        return dims;
    }
}
