package org.urbanconflict.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that run many replicates: seed, threads, resume, quiet. */
final class ExperimentOptions {
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Master seed (default: ${DEFAULT-VALUE}). Replicate i runs on a seed derived from S and i "
                    + "alone, listed in manifest.json and runs.csv.")
    long masterSeed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do "
            + "not depend on it.")
    Integer threads;

    @Option(names = "--resume", description = "Finish an interrupted job in the same --out folder, without "
            + "repeating any run. The folder must hold the same scenario, seed and number of runs.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    int threads() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }

    /** The command line as typed, for manifests. */
    static String commandLine(CommandSpec spec) {
        CommandSpec root = spec.root();
        List<String> args = root.commandLine().getParseResult().originalArgs();
        String program = root == spec ? "urbanconflict " + spec.name() : "urbanconflict";
        StringBuilder line = new StringBuilder(program);
        for (String arg : args) {
            line.append(' ').append(arg.isEmpty() || arg.matches(".*[\\s'\"$`\\\\].*")
                    ? "'" + arg.replace("'", "'\\''") + "'" : arg);
        }
        return line.toString();
    }
}
