package org.urbanconflict.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default {@link ReplicateEngine}: a fixed number of threads of this process take the tasks in index order and
 * journal each run as it finishes. Results are identical whatever the thread count, because every run owns its
 * generator and the folder is sorted by index when the command finishes.
 */
public final class ThreadPoolEngine implements ReplicateEngine {

    @Override
    public long run(List<Task> pending, int threads, boolean keepSeries, RunJournal journal, Progress progress)
            throws IOException {
        int workerCount = Math.max(1, threads);
        AtomicInteger cursor = new AtomicInteger();
        AtomicLong busy = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "replicate-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < workerCount; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = cursor.getAndIncrement(); i < pending.size(); i = cursor.getAndIncrement()) {
                        FinishedRun run = FinishedRun.of(pending.get(i), keepSeries);
                        busy.addAndGet(run.nanos());
                        try {
                            run.appendTo(journal);
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
                } catch (ExecutionException e) {
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
