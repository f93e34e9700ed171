package org.urbanconflict.spark;

import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.urbanconflict.batch.ReplicateEngine;
import org.urbanconflict.batch.ReplicateRunner;
import org.urbanconflict.cli.UrbanConflictCli;

/**
 * The Spark entry point: {@code spark-submit --class org.urbanconflict.spark.SparkMain urbanconflict-spark.jar
 * batch|sweep|compare|sensitivity|calibrate ...} with the options of the same local command. The command runs as on
 * the command line (the same picocli command, folder, journal, resume, summary and charts), except that its
 * replicates run on the cluster through a {@link SparkEngine}. Spark starts once the options parse, while the command
 * loads its scenario, so that the executors are up when the first replicate is ready; a bad option costs no cluster
 * time, and every mistake gets the command line's one-line message and exit code 2.
 */
public final class SparkMain {
    /** The commands that run many replicates, and so are worth a cluster. */
    static final List<String> COMMANDS = List.of("batch", "sweep", "compare", "sensitivity", "calibrate");

    private SparkMain() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf();
        PrintWriter err = new PrintWriter(System.err, true);
        if (!conf.contains("spark.master")) {
            err.println("urbanconflict-spark: no Spark master; run it with spark-submit --master URL (for example "
                    + "spark://host:7077, yarn, k8s://https://host:443, or local[*] for this machine)");
            System.exit(2);
        }
        conf.setIfMissing("spark.app.name", "urbanconflict " + String.join(" ", args));
        conf.setIfMissing("spark.driver.maxResultSize", "0");
        SparkEngine engine = new SparkEngine(() -> {
            JavaSparkContext sc = new JavaSparkContext(conf);
            sc.setLogLevel(conf.get("spark.urbanconflict.logLevel", "WARN"));
            return sc;
        });
        if (args.length > 0 && COMMANDS.contains(args[0]) && optionsParse(args)) {
            engine.startEarly();
        }
        int code;
        try {
            code = run(args, engine, err);
        } finally {
            engine.stop();
        }
        System.exit(code);
    }

    /** Whether the command line's options parse; if not, running it prints why, and Spark need not start. */
    static boolean optionsParse(String[] args) {
        try {
            UrbanConflictCli.commandLine().parseArgs(args);
            return true;
        } catch (picocli.CommandLine.ParameterException e) {
            return false;
        }
    }

    /**
     * Runs one command with its replicates on {@code engine}'s cluster and returns the command's exit code (2 for a
     * command that is not one of {@link #COMMANDS}); the caller stops the engine's context.
     */
    static int run(String[] args, SparkEngine engine, PrintWriter err) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            err.println("urbanconflict-spark: " + (args.length == 0 ? "no command" : "'" + args[0] + "' is not a "
                    + "command for a cluster") + "; give one of " + String.join(", ", COMMANDS) + " with the options"
                    + " of the local command (see 'urbanconflict help batch'), e.g. batch scenarios/basra-2008.json "
                    + "--runs 100000");
            err.flush();
            return 2;
        }
        ReplicateEngine previous = ReplicateRunner.engine();
        ReplicateRunner.useEngine(engine);
        try {
            return UrbanConflictCli.commandLine().execute(args);
        } finally {
            ReplicateRunner.useEngine(previous);
        }
    }
}
