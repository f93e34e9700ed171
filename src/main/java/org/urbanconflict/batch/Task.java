package org.urbanconflict.batch;

import java.util.List;
import org.urbanconflict.core.Experiment;

/**
 * One replicate to run: its index in the results folder, the experiment (a sweep point has its own), its seed, and
 * leading label columns for runs.csv (a sweep's point number and parameter values; none for a plain batch).
 * Serializable, so that a cluster can send it to the worker that runs it.
 */
public record Task(int index, Experiment experiment, long seed, List<String> labelNames, List<String> labels)
        implements java.io.Serializable {

    /** A plain batch replicate, without labels. */
    public static Task plain(int index, Experiment experiment, long seed) {
        return new Task(index, experiment, seed, List.of(), List.of());
    }
}
