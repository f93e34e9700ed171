package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Where the replicates of a batch, sweep, comparison, sensitivity analysis or calibration run. Every command builds
 * the same tasks (indices, seeds, labels) and hands the ones not yet journaled to the engine, which runs each with
 * {@link FinishedRun#of} and appends it to the journal as it comes back; the command then writes its files from the
 * journal alone. So an engine decides only where and in what order the runs happen, which does not change a byte of
 * runs.csv. The default is {@link ThreadPoolEngine}, this machine's threads; the Spark build installs its cluster
 * engine with {@link ReplicateRunner#useEngine} before it runs a command.
 */
public interface ReplicateEngine {
    /**
     * Runs the pending tasks and journals each exactly once, from the calling thread or one the engine owns.
     *
     * @param threads    the command's {@code --threads}; an engine with workers of its own may ignore it
     * @param keepSeries whether to journal each run's hourly time series (a batch does; a sweep keeps only rows)
     * @return the summed run time of the tasks in nanoseconds, for the manifest
     */
    long run(List<Task> pending, int threads, boolean keepSeries, RunJournal journal, Progress progress)
            throws IOException;

    /** Adds what the manifest's session should say of where this session's runs ran (nothing, locally). */
    default void describe(ObjectNode session) {
    }
}
