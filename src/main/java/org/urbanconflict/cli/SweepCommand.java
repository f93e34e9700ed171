package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.DesignFile;
import org.urbanconflict.batch.RunLimits;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.batch.Sweep;
import org.urbanconflict.batch.SweepDesign;
import org.urbanconflict.core.Experiment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sweep}: vary numeric parameters over a grid or a Latin hypercube, with replicates at every point. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Vary numeric scenario parameters, named by JSON Pointer, over a full-factorial grid, a "
                + "Latin hypercube or an external design file, and run replicates at every point (the same replicate seeds at every point).",
                "Writes runs.csv, points.csv (one tidy row per point and metric or outcome), manifest.json and a chart"
                        + " of each outcome against each parameter. Every path and range is checked before anything "
                        + "runs."},
        footer = {"", "Examples:",
                "  urbanconflict sweep scenarios/basra-2008.json --vary /militia/fighters=5000:17000:4 --grid "
                        + "--runs-per-point 50",
                "  urbanconflict sweep scenarios/basra-2008.json --vary /militia/fighters=5000:17000 "
                        + "--vary /mediation/startDay=2:6 --lhs 20 --runs-per-point 30",
                "  urbanconflict sweep scenarios/basra-2008.json --design my-design.csv --runs-per-point 10",
                "", "List parameters and their paths with: urbanconflict params scenarios/basra-2008.json"})
public final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    private Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=MIN:MAX[:STEPS]",
            description = "A parameter to vary, e.g. /militia/fighters=5000:17000:5 (STEPS for grids, default 5). "
                    + "Repeat for several parameters. Not with --design.")
    private List<String> vary = List.of();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Design design;

    static final class Design {
        @Option(names = "--grid", description = "Full-factorial grid of every parameter's STEPS values.")
        boolean grid;

        @Option(names = "--lhs", paramLabel = "K", description = "Latin hypercube of K points.")
        Integer lhs;

        @Option(names = "--design", paramLabel = "FILE.csv", description = "An external design: a header of JSON "
                + "Pointers, one column per parameter, then one row of values per point (e.g. from SALib).")
        Path file;
    }

    @Option(names = "--runs-per-point", defaultValue = "20", paramLabel = "N",
            description = "Replicates at each point (default: ${DEFAULT-VALUE}).")
    private int runsPerPoint;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/sweep-<scenario>-<parameters>-<grid|lhsK>-r<N>-seed<S>-"
                    + "<hash of the design>, so each design gets its own).")
    private Path out;

    @Mixin
    private ExperimentOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (runsPerPoint < 1 || (design.lhs != null && design.lhs < 1)) {
            err.println("--runs-per-point and --lhs must be at least 1");
            return 2;
        }
        String tooBig = RunLimits.runsProblem("--runs-per-point", runsPerPoint, 1);
        if (tooBig == null && design.lhs != null) {
            tooBig = RunLimits.sweepProblem(design.lhs, runsPerPoint);
        }
        if (tooBig != null) {
            err.println(tooBig + ". Nothing was run.");
            return 2;
        }
        Experiment base = ExperimentFiles.load(scenarioFile, err);
        if (base == null) {
            return 2;
        }
        List<SweepDesign.Dimension> dims = new ArrayList<>();
        List<Experiment> experiments;
        Sweep.Config config;
        List<double[]> values;
        try {
            if (design.file != null && !vary.isEmpty()) {
                throw new IllegalArgumentException("--design " + design.file + " names its parameters in its header;"
                        + " leave out --vary");
            }
            if (design.file == null && vary.isEmpty()) {
                throw new IllegalArgumentException("--grid and --lhs need at least one --vary PATH=MIN:MAX[:STEPS]");
            }
            DesignFile.Table table = design.file == null ? null : DesignFile.read(design.file, base);
            if (table != null) {
                dims.addAll(Sweep.dimensions(table));
            }
            for (String v : vary) {
                SweepDesign.Dimension dim = SweepDesign.Dimension.parse(v, 5);
                if (dims.stream().anyMatch(d -> d.pointer().equals(dim.pointer()))) {
                    throw new IllegalArgumentException("--vary " + v + ": " + dim.pointer() + " is already varied;"
                            + " give each parameter once");
                }
                if (design.lhs != null && v.substring(v.indexOf('=') + 1).split(":").length == 3) {
                    throw new IllegalArgumentException("--vary " + v + ": STEPS is for --grid; with --lhs K, K sets"
                            + " the number of points, so write " + dim.pointer() + "=MIN:MAX");
                }
                dim.checkOn(base, v);
                dims.add(dim);
                String size = design.grid ? RunLimits.sweepProblem(RunLimits.gridSize(dims), runsPerPoint) : null;
                if (size != null) {
                    throw new IllegalArgumentException("--vary " + String.join(" --vary ", vary) + " --grid: " + size);
                }
            }
            if (table != null && RunLimits.sweepProblem(table.rows().size(), runsPerPoint) != null) {
                throw new IllegalArgumentException("--design " + design.file + ": " + RunLimits.sweepProblem(
                        table.rows().size(), runsPerPoint));
            }
            Path dir = out != null ? out : Path.of("results", Sweep.folderName(RunCommand.baseName(scenarioFile),
                    dims, design.lhs, table, runsPerPoint, options.masterSeed));
            config = new Sweep.Config(base, scenarioFile, dims, design.lhs, table, runsPerPoint,
                    options.masterSeed, options.threads(), dir, options.resume, options.quiet,
                    ExperimentOptions.commandLine(spec), VersionProvider.version());
            experiments = Sweep.points(config, Sweep.design(config));
            values = Sweep.valuesRun(config, experiments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Nothing was run.");
            return 2;
        }
        Sweep.Outcome outcome;
        try {
            outcome = Sweep.run(config, values, experiments);
        } catch (ResultsFolder.Conflict e) {
            err.println(e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %d points x %d replicates%s. Wrote %s/{manifest.json, runs.csv, points.csv} "
                + "and charts/%n", outcome.alreadyComplete() ? "already complete" : "swept", outcome.points(),
                runsPerPoint, outcome.alreadyComplete() ? "" : String.format(Locale.ROOT, " in %.1f s",
                        outcome.wallSeconds()), config.out());
        stdout.flush();
        return 0;
    }
}
