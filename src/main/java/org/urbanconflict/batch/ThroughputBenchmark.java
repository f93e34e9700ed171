package org.urbanconflict.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.urbanconflict.core.Experiment;

/**
 * Batch throughput on 1 thread and on {@code threads} threads, measured in one process so that the two figures share
 * the machine's state and their ratio is trustworthy on a noisy machine. Each round does what a batch does for every
 * replicate (run, format its row and time series, compress, journal) through {@link ReplicateRunner}, into a scratch
 * folder that is deleted afterwards. A warm-up on every thread comes first, so the JIT compiler's work, which a cold
 * batch pays once (see the README, "Speed"), is not counted. The rounds then alternate, starting and ending on one
 * thread, and each multi-thread round is compared with the mean of the one-thread rounds just before and after it:
 * a slow spell of a shared machine then weighs on both sides of a ratio, and the median of those ratios is the
 * speed-up. Costs about three times {@code secondsPerThreadCount} of wall time.
 */
public final class ThroughputBenchmark {
    /** Multi-thread rounds (there is one more one-thread round): enough for a median, each lasting seconds. */
    static final int ROUNDS = 6;
    private static final long FIRST_SEED = 7_000_000L;

    /** One measured round. */
    public record Round(int threads, int runs, double seconds) {
        public double runsPerSecond() {
            return runs / seconds;
        }
    }

    /** The warm-up and every round, in the order run: one thread, then many, then one, and so on. */
    public record Result(int threads, Round warmup, List<Round> rounds) {
        public double medianRunsPerSecond(int threadCount) {
            return median(rounds.stream().filter(r -> r.threads() == threadCount).mapToDouble(Round::runsPerSecond)
                    .toArray());
        }

        /** Each multi-thread round's rate over the mean rate of the one-thread rounds on either side of it. */
        public double[] bracketedSpeedUps() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 1; i + 1 < rounds.size(); i++) {
                Round before = rounds.get(i - 1);
                Round after = rounds.get(i + 1);
                if (rounds.get(i).threads() > 1 && before.threads() == 1 && after.threads() == 1) {
                    ratios.add(rounds.get(i).runsPerSecond()
                            / ((before.runsPerSecond() + after.runsPerSecond()) / 2));
                }
            }
            return ratios.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** The median of {@link #bracketedSpeedUps()}. */
        public double speedUp() {
            return median(bracketedSpeedUps());
        }

        private static double median(double[] values) {
            double[] v = values.clone();
            java.util.Arrays.sort(v);
            int n = v.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }
    }

    private final Experiment experiment;
    private final int threads;
    private long nextSeed = FIRST_SEED;

    public ThroughputBenchmark(Experiment experiment, int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("a speed-up needs at least 2 threads, not " + threads);
        }
        this.experiment = experiment;
        this.threads = threads;
    }

    /**
     * Warms up for {@code secondsPerThreadCount} on every thread, then alternates {@value #ROUNDS} + 1 one-thread
     * rounds with {@value #ROUNDS} multi-thread rounds, each about {@code secondsPerThreadCount / ROUNDS} long.
     * {@code log} hears each round.
     */
    public Result measure(double secondsPerThreadCount, Consumer<String> log) throws IOException {
        Path scratch = Files.createTempDirectory("urbanconflict-bench");
        try {
            Round warmup = warmUp(scratch, secondsPerThreadCount);
            log.accept(String.format(java.util.Locale.ROOT, "warm-up: %d runs in %.1f s on %d threads", warmup.runs(),
                    warmup.seconds(), threads));
            double roundSeconds = secondsPerThreadCount / ROUNDS;
            double[] rate = {warmup.runsPerSecond() / threads, warmup.runsPerSecond()};
            List<Round> rounds = new ArrayList<>();
            for (int i = 0; i < 2 * ROUNDS + 1; i++) {
                int count = i % 2 == 0 ? 1 : threads;
                int slot = count == 1 ? 0 : 1;
                int runs = Math.max(2 * count, (int) Math.round(rate[slot] * roundSeconds));
                Round round = round(scratch, count, runs);
                rate[slot] = round.runsPerSecond();
                rounds.add(round);
                log.accept(String.format(java.util.Locale.ROOT, "round %2d: %4d runs on %d thread%s, %5.1f runs/s",
                        i + 1, runs, count, count == 1 ? " " : "s", round.runsPerSecond()));
            }
            return new Result(threads, warmup, rounds);
        } finally {
            RunJournal.deleteIn(scratch);
            Files.deleteIfExists(scratch);
        }
    }

    /** Rounds of growing size on every thread until the warm-up time is spent. */
    private Round warmUp(Path scratch, double seconds) throws IOException {
        long start = System.nanoTime();
        int runs = 0;
        int size = 4 * threads;
        while ((System.nanoTime() - start) / 1e9 < seconds) {
            runs += round(scratch, threads, size).runs();
            size = Math.min(size * 2, 64 * threads);
        }
        return new Round(threads, runs, (System.nanoTime() - start) / 1e9);
    }

    private Round round(Path scratch, int count, int runs) throws IOException {
        List<Task> tasks = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            tasks.add(Task.plain(i, experiment, Seeds.replicate(FIRST_SEED, nextSeed++)));
        }
        long start = System.nanoTime();
        try (RunJournal journal = RunJournal.open(scratch)) {
            new ReplicateRunner(count, true).run(tasks, journal, new Progress.Silent());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        RunJournal.deleteIn(scratch);
        return new Round(count, runs, seconds);
    }
}
