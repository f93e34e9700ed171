package org.urbanconflict.spark;

import java.io.Serializable;
import java.util.ArrayList;
import org.urbanconflict.batch.FinishedRun;

/** What a Spark task sends back to the driver: its runs, and which executor made them (for the manifest). */
record ChunkResult(String executorId, ArrayList<FinishedRun> runs) implements Serializable {
}
