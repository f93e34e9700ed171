package org.urbanconflict.spark;

import java.io.Serializable;
import java.util.ArrayList;
import org.apache.spark.SparkEnv;
import org.urbanconflict.batch.FinishedRun;
import org.urbanconflict.batch.Task;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The work of one Spark task, on an executor: run each replicate of the partition's chunk on its seed and format it,
 * as a local thread would ({@link FinishedRun#of}). Nothing is written on the executor; if the task fails or its
 * executor is lost, Spark runs the whole chunk again and only the attempt that succeeds is sent to the driver.
 */
final class RunChunk extends AbstractFunction1<Iterator<Chunk>, ChunkResult> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public ChunkResult apply(Iterator<Chunk> partition) {
        ArrayList<FinishedRun> runs = new ArrayList<>();
        while (partition.hasNext()) {
            Chunk chunk = partition.next();
            for (Task task : chunk.tasks()) {
                runs.add(FinishedRun.of(task, chunk.keepSeries()));
            }
        }
        return new ChunkResult(SparkEnv.get().executorId(), runs);
    }
}
