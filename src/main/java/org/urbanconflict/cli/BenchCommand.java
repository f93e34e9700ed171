package org.urbanconflict.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.ThroughputBenchmark;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: wall time of a warmed-up run and agent-steps per second. Warm-up runs let the JIT compile the hot
 * paths first; the figure is the median of the measured runs, which resists the noise of a shared machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the wall time of one warmed-up run and the agent-steps per second.",
                "An agent-step is one government unit or militia cell stepped for one hour; the civilian arrays "
                        + "(one entry per map cell) are reported separately."},
        footer = {"", "Examples:", "  urbanconflict bench scenarios/basra-2008.json --warmup 30 --runs 50",
            "  urbanconflict bench --scaling 20"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", defaultValue = "scenarios/basra-2008.json",
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    private Path scenarioFile;

    @Option(names = "--warmup", defaultValue = "100",
            description = "Unmeasured runs first, so the JIT compiler has compiled the hourly steps (default: "
                    + "${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--runs", defaultValue = "50", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--scaling", paramLabel = "SECONDS", defaultValue = "0",
            description = {"Then measure batch throughput on 1 thread and on every core in this one process: a "
                    + "warm-up of SECONDS on every core, then rounds alternating between 1 thread and every core, "
                    + "about SECONDS in all on each. Each replicate is run, formatted, compressed and journaled as "
                    + "in a batch, into a scratch folder deleted afterwards. Reports the median runs/s of each, and "
                    + "the speed-up: the median over the multi-thread rounds of each one's rate against the mean of "
                    + "the one-thread rounds before and after it (default: skip)."})
    private int scalingSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BasraExperiment experiment = ExperimentFiles.load(scenarioFile, BasraExperiment.class,
                "bench-epstein benchmarks Epstein's model", spec.commandLine().getErr());
        if (experiment == null) {
            return 2;
        }
        Scenario scenario = experiment.scenario();
        for (int i = 0; i < warmup; i++) {
            ConflictModel.run(scenario, 1_000_000L + i);
        }
        long[] nanos = new long[Math.max(1, runs)];
        long agentSteps = 0;
        long cellSteps = 0;
        for (int i = 0; i < nanos.length; i++) {
            ConflictModel model = ConflictModel.create(scenario, 2_000_000L + i);
            long start = System.nanoTime();
            model.start();
            model.runToEnd();
            nanos[i] = System.nanoTime() - start;
            long hours = model.schedule.getSteps();
            agentSteps += hours * (model.units().length + model.militiaCells().length);
            cellSteps += hours * scenario.map().cellCount();
        }
        java.util.Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        double totalSeconds = java.util.Arrays.stream(nanos).sum() / 1e9;
        out.printf(Locale.ROOT, "%s: median %.1f ms per run to the horizon (min %.1f, max %.1f; %d runs after %d"
                + " warm-up)%n", scenario.name(), medianMs, nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6,
                nanos.length, warmup);
        out.printf(Locale.ROOT, "  %.2f million agent-steps/s (units and militia cells); %.1f million civilian"
                + " cell-steps/s%n", agentSteps / totalSeconds / 1e6, cellSteps / totalSeconds / 1e6);
        out.printf(Locale.ROOT, "  about %.0f s for a 1,000-run batch on one core%n", medianMs);
        if (scalingSeconds > 0) {
            int cores = Runtime.getRuntime().availableProcessors();
            if (cores < 2) {
                out.println("  scaling: skipped, this machine has 1 core");
            } else {
                scaling(out, scenario, cores);
            }
        }
        out.flush();
        return 0;
    }

    private void scaling(PrintWriter out, Scenario scenario, int cores) {
        out.printf(Locale.ROOT, "  batch throughput on 1 and %d threads, each replicate saved as in a batch:%n", cores);
        out.flush();
        ThroughputBenchmark.Result result;
        try {
            result = new ThroughputBenchmark(new BasraExperiment(scenario), cores).measure(scalingSeconds, line -> {
                out.println("    " + line);
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark's scratch folder failed", e);
        }
        double[] ratios = result.bracketedSpeedUps();
        out.printf(Locale.ROOT, "  speed-up of each %d-thread round against the 1-thread rounds around it: %s%n", cores,
                java.util.Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
                        .collect(java.util.stream.Collectors.joining(", ")));
        out.printf(Locale.ROOT, "  scaling: %.1f runs/s on 1 thread, %.1f runs/s on %d threads (medians); speed-up "
                + "%.2fx (median)%n", result.medianRunsPerSecond(1), result.medianRunsPerSecond(cores), cores,
                result.speedUp());
    }
}
