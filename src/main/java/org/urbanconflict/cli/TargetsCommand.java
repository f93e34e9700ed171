package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.batch.RunLimits;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.ValidationTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code targets}: the calibration check. Runs the N replicates {@code batch --runs N --seed S} would run, on the same
 * seeds ({@link Seeds#replicate}(S, k) for replicate k), and reports, per validation target, the share of runs that
 * hit it and the spread of each condition's metric; so its figures match a batch's run by run, and
 * {@code run --seed} reproduces any of them. Results do not depend on the thread count: each run owns its generator.
 * Until 0.1.0 it ran the consecutive seeds {@code --first-seed}, {@code --first-seed}+1, ...; that option is gone,
 * and naming it says what replaced it.
 */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "Run N replicates of a scenario, on the seeds batch uses for the same --seed, and report how "
                + "often each validation target is hit.",
        footer = {"", "Example (the calibration figure in docs/odd.md):",
                "  urbanconflict targets scenarios/basra-2008.json --runs 200 --seed 1"})
public final class TargetsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    private Path scenarioFile;

    @Option(names = "--runs", defaultValue = "200", paramLabel = "N", description = "Runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Master seed (default: ${DEFAULT-VALUE}). Replicate k runs on the seed batch --seed S gives "
                    + "its replicate k, so the figures match a batch's runs.csv row by row.")
    private long masterSeed;

    @Option(names = "--first-seed", hidden = true, paramLabel = "S")
    private Long firstSeed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = "--markdown", description = "Print the table as Markdown (for docs/odd.md).")
    private boolean markdown;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (firstSeed != null) {
            spec.commandLine().getErr().println("--first-seed is gone: targets now runs the seeds batch runs (replicate"
                    + " k of master seed S); use --seed S, e.g. --seed " + firstSeed);
            return 2;
        }
        if (RunLimits.runsProblem("--runs", runs, 1) != null) {
            spec.commandLine().getErr().println(RunLimits.runsProblem("--runs", runs, 1));
            return 2;
        }
        Experiment experiment = ExperimentFiles.load(scenarioFile, spec.commandLine().getErr());
        if (experiment == null) {
            return 2;
        }
        List<RunResult> results = runAll(experiment);
        if (markdown) {
            out.println("| target | runs in range | metric: 5% / median / 95% | allowed |");
            out.println("|---|---|---|---|");
        } else {
            out.printf(Locale.ROOT, "%s: %d runs on the seeds of batch --seed %d (replicates 0-%d)%n",
                    experiment.name(), runs, masterSeed, runs - 1);
        }
        for (ValidationTarget target : experiment.targets()) {
            long hits = results.stream().filter(r -> r.targets().get(target.id())).count();
            List<String> spreads = new ArrayList<>();
            List<String> ranges = new ArrayList<>();
            for (ValidationTarget.Condition c : target.conditions()) {
                spreads.add(c.metric() + ": " + spread(results, c.metric()));
                ranges.add(c.min() == null ? "≤ " + fmt(c.max()) : c.max() == null ? "≥ " + fmt(c.min())
                        : fmt(c.min()) + "–" + fmt(c.max()));
            }
            double share = 100.0 * hits / runs;
            if (markdown) {
                out.printf(Locale.ROOT, "| %s | %.1f%% | %s | %s |%n", target.id(), share, String.join("; ", spreads),
                        String.join("; ", ranges));
            } else {
                out.printf(Locale.ROOT, "  %-22s %5.1f%%   %s%n", target.id(), share, String.join("; ", spreads));
            }
        }
        if (experiment.targets().size() > 1) {
            long all = results.stream().filter(r -> r.targets().values().stream().allMatch(Boolean::booleanValue))
                    .count();
            double share = 100.0 * all / runs;
            if (markdown) {
                out.printf(Locale.ROOT, "| all targets at once | %.1f%% | | |%n", share);
            } else {
                out.printf(Locale.ROOT, "  %-22s %5.1f%%%n", "all targets at once", share);
            }
        }
        out.flush();
        return 0;
    }

    private List<RunResult> runAll(Experiment experiment) throws Exception {
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int k = 0; k < runs; k++) {
                long seed = Seeds.replicate(masterSeed, k);
                futures.add(pool.submit(() -> experiment.run(seed)));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String spread(List<RunResult> results, String metric) {
        double[] v = results.stream().mapToDouble(r -> r.summary().getOrDefault(metric, Double.NaN))
                .filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return "never happened";
        }
        return fmt(v[(int) (0.05 * (v.length - 1))]) + " / " + fmt(v[(v.length - 1) / 2]) + " / "
                + fmt(v[(int) (0.95 * (v.length - 1))]) + (v.length < results.size()
                ? " (missing in " + (results.size() - v.length) + " runs)" : "");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
