package org.urbanconflict.basra;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Samples every metric at the end of each hour into a preallocated table: row {@code h} is the state after
 * {@code h} hours (row 0 is the start). Costs one reporter call per metric per hour and no allocation.
 */
public final class MetricsRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ConflictModel model;
    private final List<Metric> metrics;
    private final double[][] rows;
    private int recorded;

    MetricsRecorder(ConflictModel model, List<Metric> metrics) {
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
        double[] row = rows[recorded++];
        for (int i = 0; i < row.length; i++) {
            row[i] = metrics.get(i).read(model);
        }
    }

    public List<Metric> metrics() {
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
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no metric named " + name);
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
