package org.urbanconflict.batch;

import java.io.IOException;
import java.io.Serializable;
import org.urbanconflict.core.RunResult;

/**
 * One replicate, run and turned into the text its results folder keeps: the runs.csv header and row, the header of
 * the long time series and the run's rows of it as one gzip member (empty when the caller keeps no series). Whoever
 * runs the replicate (a local thread, a worker of a cluster) makes this; only the process that owns the results
 * folder journals it, so a task that a cluster runs twice can never write a run twice. Serializable, to travel back
 * from a cluster's worker: a Basra run with its series is about 15 kB.
 *
 * @param nanos how long running and formatting took, summed into the manifest's {@code run_seconds}
 */
public record FinishedRun(int index, String header, String seriesHeader, String row, byte[] series, long nanos)
        implements Serializable {

    /** Runs the task on its seed and formats the result; the same task always gives the same text. */
    public static FinishedRun of(Task task, boolean keepSeries) {
        long start = System.nanoTime();
        RunResult result = task.experiment().run(task.seed());
        byte[] series = keepSeries ? RunJournal.gzip(RunRows.longSeries(task.index(), result)) : new byte[0];
        return new FinishedRun(task.index(), RunRows.header(task, result), RunRows.longHeader(result),
                RunRows.row(task, result), series, System.nanoTime() - start);
    }

    /** Appends this run to the journal of its results folder. */
    public void appendTo(RunJournal journal) throws IOException {
        journal.append(header, seriesHeader, index, row, series);
    }
}
