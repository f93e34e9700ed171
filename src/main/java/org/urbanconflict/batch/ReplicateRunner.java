package org.urbanconflict.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.urbanconflict.core.RunResult;

/**
 * Runs the tasks not yet in the journal on a fixed number of threads, each run journaled as it finishes. Tasks are
 * handed out in index order, but results are identical whatever the thread count, because every run owns its
 * generator and the folder is sorted by index when the batch is finalised.
 */
public final class ReplicateRunner {
    private final int threads;
    private final boolean keepSeries;

    /**
     * @param keepSeries whether to journal each run's hourly time series (a batch does; a sweep keeps only rows)
     */
    public ReplicateRunner(int threads, boolean keepSeries) {
        this.threads = Math.max(1, threads);
        this.keepSeries = keepSeries;
    }

    /** Tasks whose index is not yet journaled. */
    public static List<Task> pending(List<Task> tasks, RunJournal journal) {
        BitSet done = new BitSet();
        journal.entries().forEach(e -> done.set(e.run()));
        return tasks.stream().filter(t -> !done.get(t.index())).toList();
    }

    /** Runs the pending tasks; returns the summed run time in nanoseconds (CPU-ish time, for the manifest). */
    public long run(List<Task> pending, RunJournal journal, Progress progress) throws IOException {
        AtomicInteger cursor = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong busy = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replicate-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = cursor.getAndIncrement(); i < pending.size(); i = cursor.getAndIncrement()) {
                        Task task = pending.get(i);
                        long start = System.nanoTime();
                        RunResult result = task.experiment().run(task.seed());
                        String header = RunRows.header(task, result);
                        String row = RunRows.row(task, result);
                        byte[] series = keepSeries ? RunJournal.gzip(RunRows.longSeries(task.index(), result))
                                : new byte[0];
                        busy.addAndGet(System.nanoTime() - start);
                        try {
                            journal.append(header, RunRows.longHeader(result), task.index(), row, series);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        progress.advance();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    cursor.set(pending.size());
                    Throwable cause = e.getCause();
                    if (cause instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    throw new IllegalStateException("a replicate failed: " + cause, cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return busy.get();
    }
}
