package org.urbanconflict.basra;

import org.urbanconflict.core.MetricSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Samples every metric at the end of each hour into a preallocated table: row {@code h} is the state after
 * {@code h} hours (row 0 is the start). Costs one reporter call per metric per hour and no allocation.
 */
public final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ConflictModel model;
    private final MetricSet<ConflictModel> metrics;
    private final double[][] rows;
    private int recorded;

    MetricsRecorder(ConflictModel model, MetricSet<ConflictModel> metrics) {
        this.model = model;
        this.metrics = metrics;
        this.rows = new double[model.clock().horizonHours() + 1][metrics.size()];
        sample();
    }

    @Override
    public void step(SimState state) {
        if (recorded < rows.length) {
            sample();
        }
    }

    private void sample() {
        metrics.sample(model, rows[recorded++]);
    }

    public MetricSet<ConflictModel> metrics() {
        return metrics;
    }

    /** Rows recorded so far (hours elapsed plus one). */
    public int rowCount() {
        return recorded;
    }

    /** The value of metric {@code index} after {@code hour} hours. */
    public double value(int hour, int index) {
        return rows[hour][index];
    }

    /** The latest value of a metric, by name. */
    public double latest(String name) {
        return rows[recorded - 1][indexOf(name)];
    }

    public int indexOf(String name) {
        int index = metrics.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no metric named " + name);
        }
        return index;
    }

    /** A copy of the recorded rows. */
    public double[][] table() {
        double[][] copy = new double[recorded][];
        for (int h = 0; h < recorded; h++) {
            copy[h] = rows[h].clone();
        }
        return copy;
    }
}
