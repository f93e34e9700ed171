package org.urbanconflict.epstein;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Epstein's outbursts, counted from the number of active citizens after each step: an outburst starts at the first
 * step with more than {@code threshold} actives and ends at the first later step with fewer than {@code threshold}
 * (the paper's threshold is 50). Its total activation is the sum of actives over its steps (start included, end
 * excluded); the waiting time is the number of steps from one outburst's end to the next one's start. An outburst
 * still under way when the run stops counts as an outburst but gives no total activation and no wait after it.
 */
public final class Outbursts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int threshold;
    private boolean under;
    private int started;
    private int start = -1;
    private long activation;
    private int lastEnd = -1;
    private int firstStart = -1;
    private int stepsUnder;
    private double[] waits = new double[16];
    private int waitCount;
    private double[] activations = new double[16];
    private double[] durations = new double[16];
    private int finished;

    public Outbursts(int threshold) {
        this.threshold = threshold;
    }

    /** Feeds the active count after step {@code step}; returns +1 if an outburst starts, -1 if one ends, else 0. */
    public int observe(int step, int active) {
        if (!under && active > threshold) {
            under = true;
            started++;
            start = step;
            activation = active;
            stepsUnder++;
            if (firstStart < 0) {
                firstStart = step;
            }
            if (lastEnd >= 0) {
                waits = push(waits, waitCount++, step - lastEnd);
            }
            return 1;
        }
        if (under && active < threshold) {
            under = false;
            lastEnd = step;
            activations = push(activations, finished, activation);
            durations = push(durations, finished, step - start);
            finished++;
            return -1;
        }
        if (under) {
            activation += active;
            stepsUnder++;
        }
        return 0;
    }

    private static double[] push(double[] values, int at, double value) {
        double[] v = at < values.length ? values : Arrays.copyOf(values, values.length * 2);
        v[at] = value;
        return v;
    }

    public boolean underWay() {
        return under;
    }

    /** Outbursts started, finished or not. */
    public int started() {
        return started;
    }

    public int finished() {
        return finished;
    }

    /** Step of the first outburst's start, or -1. */
    public int firstStart() {
        return firstStart;
    }

    /** Steps with an outburst under way. */
    public int stepsUnder() {
        return stepsUnder;
    }

    public double[] waits() {
        return Arrays.copyOf(waits, waitCount);
    }

    public double[] activations() {
        return Arrays.copyOf(activations, finished);
    }

    public double[] durations() {
        return Arrays.copyOf(durations, finished);
    }

    /** The outbursts of a whole series of active counts, index = step. */
    public static Outbursts of(double[] active, int threshold) {
        Outbursts o = new Outbursts(threshold);
        for (int t = 0; t < active.length; t++) {
            o.observe(t, (int) active[t]);
        }
        return o;
    }
}
