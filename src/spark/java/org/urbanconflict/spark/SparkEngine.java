package org.urbanconflict.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.urbanconflict.batch.FinishedRun;
import org.urbanconflict.batch.Progress;
import org.urbanconflict.batch.ReplicateEngine;
import org.urbanconflict.batch.RunJournal;
import org.urbanconflict.batch.Task;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs replicates as one Spark job: the pending tasks, in index order, are cut into chunks of
 * {@link #runsPerTask} runs, one partition each, and every chunk that finishes is handed to the driver's thread, which
 * journals its runs and moves the progress on. Results come back in the order tasks finish, as with local threads;
 * the command sorts the folder by run index at the end, so runs.csv is the same byte for byte.
 *
 * <p>Exactness under faults: a task that fails or loses its executor is run again by Spark from the same tasks and
 * seeds, and Spark hands each partition's result to the driver once; the driver also skips any run index it has
 * journaled already, so no run is doubled or lost. Memory: the driver holds the task list (as a local batch does) and
 * the chunks that have arrived but are not yet journaled, a few MB, never the whole batch; for that reason
 * {@code spark.driver.maxResultSize}, which caps the sum of all results of a job, is set to unlimited by
 * {@link SparkMain} unless given.
 */
public final class SparkEngine implements ReplicateEngine {
    /** Spark property: replicates per Spark task; by default {@link #runsPerTask(int, int)} picks it. */
    public static final String RUNS_PER_TASK = "spark.urbanconflict.runsPerTask";
    /** Most runs in one task by default: about 2 s of Basra on one core, so a lost task costs little to redo. */
    static final int MAX_RUNS_PER_TASK = 32;
    /** Tasks per core the default aims at, so that the last wave of a batch leaves few cores idle. */
    static final int TASKS_PER_CORE = 4;

    private final Supplier<JavaSparkContext> contextFactory;
    private CompletableFuture<JavaSparkContext> starting;
    private final TreeSet<String> executorsUsed = new TreeSet<>();
    private int tasksRun;
    private int lastRunsPerTask;
    private final FirstTaskClock firstTask = new FirstTaskClock();
    /** This session's clock, in System.nanoTime: when replicates were asked for, and when the last one came back. */
    private long asked;
    private long lastArrival;

    /**
     * @param contextFactory makes the Spark context, on {@link #startEarly} or when the first replicate is to run,
     *                       whichever comes first
     */
    public SparkEngine(Supplier<JavaSparkContext> contextFactory) {
        this.contextFactory = contextFactory;
    }

    /**
     * Starts the Spark context on another thread now, so that the cluster launches its executors while the command
     * loads its scenario and prepares its folder, instead of after.
     */
    public synchronized void startEarly() {
        if (starting == null) {
            starting = CompletableFuture.supplyAsync(() -> {
                JavaSparkContext sc = contextFactory.get();
                sc.sc().addSparkListener(firstTask);
                return sc;
            });
        }
    }

    /** Whether the Spark context was ever asked for. */
    synchronized boolean started() {
        return starting != null;
    }

    /** Stops the Spark context, waiting for a start in progress; a start that failed leaves nothing to stop. */
    public synchronized void stop() {
        if (starting == null) {
            return;
        }
        try {
            starting.join().stop();
        } catch (CompletionException e) {
            // Spark did not start, so there is nothing to stop; the command has reported the failure already.
        }
    }

    private synchronized JavaSparkContext context() {
        startEarly();
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Spark did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Runs per task when {@link #RUNS_PER_TASK} is not set: enough tasks for {@link #TASKS_PER_CORE} per core, but
     * at most {@link #MAX_RUNS_PER_TASK} runs in each. Spark's cost per task (scheduling, sending the experiment,
     * about 10 ms) is then under 1% of the task's time, and a large batch gets many tasks of a few seconds.
     */
    static int runsPerTask(int pending, int cores) {
        int spread = (pending + cores * TASKS_PER_CORE - 1) / (cores * TASKS_PER_CORE);
        return Math.max(1, Math.min(MAX_RUNS_PER_TASK, spread));
    }

    @Override
    public long run(List<Task> pending, int threads, boolean keepSeries, RunJournal journal, Progress progress)
            throws IOException {
        if (pending.isEmpty()) {
            return 0;
        }
        synchronized (this) {
            if (asked == 0) {
                asked = System.nanoTime();
            }
        }
        JavaSparkContext sc = context();
        int given = sc.getConf().getInt(RUNS_PER_TASK, 0);
        int perTask = given > 0 ? given : runsPerTask(pending.size(), sc.defaultParallelism());
        List<Chunk> chunks = Chunk.split(pending, perTask, keepSeries);
        BlockingQueue<ChunkResult> arrivals = new LinkedBlockingQueue<>();
        sc.setJobDescription(pending.size() + " replicates in " + chunks.size() + " tasks");
        SimpleFutureAction<BoxedUnit> job = submit(sc, chunks, arrivals);
        try {
            long busy = journalAsTheyArrive(job, chunks.size(), arrivals, pending, journal, progress);
            synchronized (this) {
                tasksRun += chunks.size();
                lastRunsPerTask = perTask;
            }
            return busy;
        } finally {
            if (!job.isCompleted()) {
                job.cancel();
            }
        }
    }

    /** One Spark job of one task per chunk, each task's result queued on the driver as it arrives. */
    private static SimpleFutureAction<BoxedUnit> submit(JavaSparkContext sc, List<Chunk> chunks,
            BlockingQueue<ChunkResult> arrivals) {
        List<Object> partitions = new ArrayList<>(chunks.size());
        for (int p = 0; p < chunks.size(); p++) {
            partitions.add(p);
        }
        return sc.sc().submitJob(sc.parallelize(chunks, chunks.size()).rdd(), new RunChunk(),
                scala.jdk.javaapi.CollectionConverters.asScala(partitions).toSeq(), new Deliver(arrivals), new Done());
    }

    /**
     * Journals each run of each task's result as it arrives, skipping a run index already journaled, until every
     * task is in; fails if the job fails or a pending run did not come back. Returns the summed run time.
     */
    private long journalAsTheyArrive(SimpleFutureAction<BoxedUnit> job, int tasks,
            BlockingQueue<ChunkResult> arrivals, List<Task> pending, RunJournal journal, Progress progress)
            throws IOException {
        BitSet journaled = new BitSet();
        journal.entries().forEach(e -> journaled.set(e.run()));
        long busy = 0;
        try {
            for (int received = 0; received < tasks; ) {
                ChunkResult result = arrivals.poll(200, TimeUnit.MILLISECONDS);
                if (result == null) {
                    if (job.isCompleted() && arrivals.isEmpty()) {
                        job.get();
                        throw new IllegalStateException("Spark finished the job but returned " + received + " of "
                                + tasks + " tasks' results");
                    }
                    continue;
                }
                received++;
                synchronized (this) {
                    executorsUsed.add(result.executorId());
                }
                for (FinishedRun run : result.runs()) {
                    if (!journaled.get(run.index())) {
                        run.appendTo(journal);
                        journaled.set(run.index());
                        busy += run.nanos();
                        progress.advance();
                    }
                }
                synchronized (this) {
                    lastArrival = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (SparkException e) {
            throw new IllegalStateException("a replicate failed on the cluster: " + e.getMessage(), e);
        }
        for (Task task : pending) {
            if (!journaled.get(task.index())) {
                throw new IllegalStateException("run " + task.index() + " did not come back from the cluster");
            }
        }
        return busy;
    }

    /**
     * Records the Spark master, the application, the executors registered now and those that ran this session's
     * replicates, the tasks and runs per task; then starts counting afresh for the next session.
     */
    @Override
    public synchronized void describe(ObjectNode session) {
        ObjectNode spark = session.putObject("spark");
        JavaSparkContext context = starting == null ? null : context();
        if (context == null) {
            spark.put("master", "(not started: nothing left to run)");
            spark.put("executors", 0);
            return;
        }
        spark.put("master", context.master());
        spark.put("application", context.sc().applicationId());
        spark.put("version", context.version());
        spark.put("executors", registeredExecutors(context));
        ArrayNode used = spark.putArray("executors_that_ran");
        executorsUsed.forEach(used::add);
        spark.put("tasks", tasksRun);
        spark.put("runs_per_task", lastRunsPerTask);
        describeStartup(spark, session.path("runs").asInt());
        executorsUsed.clear();
        tasksRun = 0;
        asked = 0;
        firstTask.reset();
    }

    /**
     * Splits the session's time into the cluster's fixed start (from the first replicate asked for to the first task
     * started: the context, the executors' JVMs, fetching the jar) and the throughput after it, which is what grows
     * with the cluster and what a long batch sees; the session's own runs_per_second counts both.
     */
    private void describeStartup(ObjectNode spark, int runs) {
        long first = firstTask.nanos();
        if (asked == 0 || first == 0 || runs == 0 || lastArrival <= first) {
            return;
        }
        spark.put("startup_seconds", Math.round(Math.max(0, first - asked) / 1e6) / 1000.0);
        double seconds = (lastArrival - first) / 1e9;
        spark.put("runs_per_second_after_startup", Math.round(runs / seconds * 100) / 100.0);
    }

    /** Executors registered with the driver now, the driver itself not counted (local mode counts its one). */
    private static int registeredExecutors(JavaSparkContext context) {
        var infos = context.sc().statusTracker().getExecutorInfos();
        return Math.max(1, infos.length - 1);
    }

    /** On the driver, as each task's result arrives: queue it for the journaling thread. */
    private static final class Deliver extends AbstractFunction2<Object, ChunkResult, BoxedUnit> {
        private final BlockingQueue<ChunkResult> arrivals;

        Deliver(BlockingQueue<ChunkResult> arrivals) {
            this.arrivals = arrivals;
        }

        @Override
        public BoxedUnit apply(Object partition, ChunkResult result) {
            arrivals.add(result);
            return BoxedUnit.UNIT;
        }
    }

    /** The job's value once every task is in: nothing, the runs are already queued. */
    private static final class Done extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
