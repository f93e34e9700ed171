package org.urbanconflict.batch;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs the tasks not yet in the journal, each journaled as it finishes, on the process's {@link ReplicateEngine}:
 * this machine's threads unless an entry point installed another (the Spark driver installs its cluster).
 */
public final class ReplicateRunner {
    private static volatile ReplicateEngine engine = new ThreadPoolEngine();

    private final int threads;
    private final boolean keepSeries;

    /**
     * @param keepSeries whether to journal each run's hourly time series (a batch does; a sweep keeps only rows)
     */
    public ReplicateRunner(int threads, boolean keepSeries) {
        this.threads = Math.max(1, threads);
        this.keepSeries = keepSeries;
    }

    /**
     * Makes every later batch, sweep, comparison, sensitivity analysis and calibration of this process run its
     * replicates on {@code replacement}. An entry point calls this once, before it runs a command.
     */
    public static void useEngine(ReplicateEngine replacement) {
        engine = Objects.requireNonNull(replacement);
    }

    /** The engine replicates run on now. */
    public static ReplicateEngine engine() {
        return engine;
    }

    /** Tasks whose index is not yet journaled. */
    public static List<Task> pending(List<Task> tasks, RunJournal journal) {
        BitSet done = new BitSet();
        journal.entries().forEach(e -> done.set(e.run()));
        return tasks.stream().filter(t -> !done.get(t.index())).toList();
    }

    /** Runs the pending tasks; returns the summed run time in nanoseconds (CPU-ish time, for the manifest). */
    public long run(List<Task> pending, RunJournal journal, Progress progress) throws IOException {
        return engine.run(pending, threads, keepSeries, journal, progress);
    }
}
