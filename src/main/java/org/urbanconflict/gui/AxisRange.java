package org.urbanconflict.gui;

/**
 * The value axis of a live chart before it has data worth scaling to. JFreeChart's auto range around a single point
 * at zero gives nonsense such as -4E-9 to 4E-9, or -5 to 5 for counts that cannot be negative; these charts show
 * counts, percentages and pressures, all from zero up. Headless.
 */
public final class AxisRange {
    private AxisRange() {
    }

    /**
     * {lower, upper} of the value axis for data whose largest value so far is {@code max} (NaN when there is none),
     * with at least {@code least} above zero: 0 to a round number a little above the data.
     */
    public static double[] of(double max, double least) {
        double top = Double.isNaN(max) ? least : Math.max(least, max * 1.08);
        return new double[] {0, nice(top)};
    }

    /**
     * Days between date ticks for a run of {@code spanDays}: every day up to four days, then every second day
     * up to eight (the Basra week), and so on, so that there are at least three ticks and large labels do not collide (JFreeChart's own
     * choice drops to a single "28 Mar" when the labels are large).
     */
    public static int dateTickDays(double spanDays) {
        return Math.max(1, (int) Math.ceil(spanDays / 4.0));
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code value}. */
    static double nice(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
