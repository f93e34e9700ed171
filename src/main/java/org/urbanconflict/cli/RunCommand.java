package org.urbanconflict.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.urbanconflict.batch.DataPackage;
import org.urbanconflict.batch.RunFiles;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.JsonSchemaCheck;
import org.urbanconflict.core.scenario.NumericRange;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.basra.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: one seeded run of a scenario, its files, and a readable summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario once and write DIR/timeseries.csv (one row per hour), DIR/summary.json "
                + "(final metrics, outcome, validation targets hit, seed, scenario hash) and DIR/events.csv.",
                "The scenario is validated first; the same scenario and seed always give byte-identical files."},
        footer = {"", "Example:", "  urbanconflict run scenarios/basra-2008.json --seed 1 --out results/run-1"})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/basra-2008.json.")
    private Path scenarioFile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Random seed (default: ${DEFAULT-VALUE}). The same seed reproduces a run exactly.")
    private long seed;

    @Option(names = "--hours", paramLabel = "H",
            description = "Run for H hours instead of the scenario's horizon (189 hours ends 1 April).")
    private Integer hours;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/run-<scenario>-seed<N>).")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print only the output folder.")
    private boolean quiet;

    @Option(names = "--force", description = "Write into --out even if it holds files that run did not write.")
    private boolean force;

    /** What a run writes; a folder holding anything else was made by another command or by hand. */
    private static final Set<String> RUN_FILES = Set.of("timeseries.csv", "summary.json",
            "events.csv", "datapackage.json");

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (hours != null && hours < 1) {
            err.println("--hours must be at least 1 (got " + hours + ")");
            return 2;
        }
        Path dir = out != null ? out : Path.of("results", "run-" + baseName(scenarioFile) + "-seed" + seed);
        String refusal = force ? null : folderRefusal(dir);
        if (refusal != null) {
            err.println(refusal);
            err.flush();
            return 2;
        }
        Experiment experiment = ExperimentFiles.load(scenarioFile, err);
        if (experiment == null) {
            return 2;
        }
        if (!(experiment instanceof BasraExperiment basra)) {
            return ExperimentRun.run(spec.commandLine().getOut(), err, scenarioFile, experiment, seed, hours, dir,
                    quiet);
        }
        String tooLong = hoursProblem(basra.scenario(), hours);
        if (tooLong != null) {
            err.println(tooLong);
            err.flush();
            return 2;
        }
        Scenario scenario = withHours(basra.scenario(), hours);
        RunResult result = ConflictModel.run(scenario, seed);
        RunFiles.write(dir, scenarioFile, scenario.targets(), result);
        DataPackage.write(dir, new BasraExperiment(scenario));
        PrintWriter stdout = spec.commandLine().getOut();
        if (quiet) {
            stdout.println(dir);
        } else {
            RunReport.print(stdout, scenario, result);
            stdout.println("Wrote " + dir.resolve("timeseries.csv") + ", " + dir.resolve("summary.json") + ", "
                    + dir.resolve("events.csv") + " and their data dictionary " + dir.resolve(DataPackage.FILE));
        }
        stdout.flush();
        return 0;
    }

    /**
     * Why a run may not write into {@code dir}, or null when it may: a run overwrites its own three files, but never a
     * file in the way of the folder, nor a folder that a batch, sweep or comparison made or that holds other files.
     */
    static String folderRefusal(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "--out " + dir + " is a file, not a folder; give a folder for the run's files";
        }
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> others = files.map(f -> f.getFileName().toString())
                    .filter(name -> !RUN_FILES.contains(name)).sorted().limit(4).toList();
            return others.isEmpty() ? null : "--out " + dir + " holds files that run did not write (" + String.join(
                    ", ", others) + (others.contains("manifest.json") ? ": the results of another command" : "")
                    + "); give another folder, or add --force to write into it anyway";
        }
    }

    /** Why {@code --hours} would take the run past the last day the model supports, or null when it does not. */
    private static String hoursProblem(Scenario scenario, Integer hours) {
        if (hours == null) {
            return null;
        }
        double start = scenario.sharedParameters().getTime().getStartDay();
        NumericRange days = NumericRange.of(JsonSchemaCheck.scenario(), "/time/horizonDays");
        double end = start + hours / 24.0;
        if (days.problem(end) == null) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "--hours %d would end the run on battle day %.1f; allowed: 1"
                + " to %d hours from this scenario's start (battle day %s is the latest the model supports)", hours,
                end, (int) Math.floor((days.max() - start) * 24), (long) days.max());
    }

    /** The scenario with its horizon cut or extended to {@code hours}, or unchanged when hours is null. */
    private static Scenario withHours(Scenario scenario, Integer hours) {
        if (hours == null) {
            return scenario;
        }
        var parameters = scenario.parameters();
        parameters.getTime().setHorizonDays(parameters.getTime().getStartDay() + hours / 24.0);
        return scenario.withParameters(parameters);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
