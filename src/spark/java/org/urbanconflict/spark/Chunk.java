package org.urbanconflict.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.batch.Task;

/**
 * The replicates one Spark task runs, with their indices, seeds and labels exactly as the driver built them. A chunk
 * is one partition's only element, so Java serialization writes the experiment its tasks share once per chunk (about
 * 90 kB for Basra), not once per replicate.
 */
record Chunk(List<Task> tasks, boolean keepSeries) implements Serializable {

    /** Consecutive runs of {@code pending}, {@code perChunk} at most in each, in order. */
    static List<Chunk> split(List<Task> pending, int perChunk, boolean keepSeries) {
        List<Chunk> chunks = new ArrayList<>((pending.size() + perChunk - 1) / perChunk);
        for (int from = 0; from < pending.size(); from += perChunk) {
            chunks.add(new Chunk(new ArrayList<>(pending.subList(from, Math.min(pending.size(), from + perChunk))),
                    keepSeries));
        }
        return chunks;
    }
}
