package org.urbanconflict.batch.sensitivity;

import java.util.List;

/**
 * A global sensitivity method as the batch machinery sees it: a design of points in the unit hypercube, and the
 * estimates computed from one model output per point. Both are pure functions of the method's settings and seeds, so
 * a results folder resumed on any number of threads gets the same estimates. Model-neutral: a point is scaled to the
 * parameters' ranges, and run, by the caller.
 */
public interface SensitivityMethod {
    /** {@code morris} or {@code sobol}, as on the command line and in {@code indices.csv}. */
    String name();

    /** The number of parameters. */
    int dimensions();

    /** Every point of the design, each of {@link #dimensions()} coordinates in [0, 1], in run order. */
    double[][] unitPoints();

    /**
     * The estimates from one output per point (NaN where the output is missing, e.g. no ceasefire in any replicate):
     * a point with a missing output drops the trajectory or base row it belongs to, and {@link IndexRow#n} says how
     * many were left.
     *
     * @param bootstrapSeed seeds the resampling of the intervals
     */
    List<IndexRow> estimate(double[] outputs, long bootstrapSeed);

    /** The settings in a few words, for the manifest and the report, e.g. "morris r=20 p=4 delta=0.667". */
    String describe();
}
