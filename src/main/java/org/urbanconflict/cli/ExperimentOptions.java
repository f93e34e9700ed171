package org.urbanconflict.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that run many replicates: seed, threads, resume, quiet. */
final class ExperimentOptions {
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Master seed (default: ${DEFAULT-VALUE}). Replicate i runs on a seed derived from S and i "
                    + "alone, listed in runs.csv; manifest.json says how.")
    long masterSeed;

    /** More threads than this only cost memory; a typo such as 1000000 is refused rather than tried. */
    static final int MAX_THREADS = 1024;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    Integer threads;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads, 1 to " + MAX_THREADS
            + " (default: all cores). Results do not depend on it.")
    void setThreads(int value) {
        if (value < 1 || value > MAX_THREADS) {
            throw new ParameterException(mixee.commandLine(), "--threads must be from 1 to " + MAX_THREADS
                    + " (got " + value + ")");
        }
        threads = value;
    }

    @Option(names = "--resume", description = "Finish an interrupted job in the same --out folder, without "
            + "repeating any run. The folder must hold the same scenario, seed and number of runs.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
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
