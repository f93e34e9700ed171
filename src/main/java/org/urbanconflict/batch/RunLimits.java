package org.urbanconflict.batch;

import java.util.Locale;

/**
 * How many runs one job may make, checked before anything is allocated or written (issue 13 item 9: {@code --runs
 * 100000000} ran out of memory, and a million-step grid spent minutes enumerating its points before refusing). A
 * million runs of the baseline take about eight hours on two cores and a few hundred MB of rows; more is a typo or a
 * job for several machines ({@code --replicates} and {@code merge}, each slice within the limit).
 */
public final class RunLimits {
    /** Most runs in one batch, comparison side, sweep or sensitivity analysis. */
    public static final int MAX_RUNS = 1_000_000;
    /** Most points in one sweep design; a chart of more could not be read anyway. */
    public static final int MAX_POINTS = 100_000;

    private RunLimits() {
    }

    /** Why {@code runs} is not a run count one job may make ({@code option} names it), or null. */
    public static String runsProblem(String option, long runs, int least) {
        if (runs < least || runs > MAX_RUNS) {
            return String.format(Locale.ROOT, "%s must be from %d to %,d (got %,d)", option, least, MAX_RUNS, runs);
        }
        return null;
    }

    /**
     * The number of points of a full-factorial grid, computed from the steps alone (never by enumerating), saturated
     * at {@link Long#MAX_VALUE} so that no product overflows.
     */
    public static long gridSize(Iterable<SweepDesign.Dimension> dims) {
        long size = 1;
        for (SweepDesign.Dimension d : dims) {
            size = d.steps() != 0 && size > Long.MAX_VALUE / d.steps() ? Long.MAX_VALUE : size * d.steps();
        }
        return size;
    }

    /** Why a sweep of {@code points} points of {@code runsPerPoint} runs each is too big, or null. */
    public static String sweepProblem(long points, int runsPerPoint) {
        if (points > MAX_POINTS) {
            return String.format(Locale.ROOT, "the design has %,d points; at most %,d points per sweep: use fewer "
                    + "STEPS, or --lhs K", points, MAX_POINTS);
        }
        long runs = points * runsPerPoint;
        if (runs > MAX_RUNS) {
            return String.format(Locale.ROOT, "the design has %,d points x %,d runs per point = %,d runs; at most %,d"
                    + " runs per sweep: use fewer points or --runs-per-point", points, runsPerPoint, runs, MAX_RUNS);
        }
        return null;
    }
}
