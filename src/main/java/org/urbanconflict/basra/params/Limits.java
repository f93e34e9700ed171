package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * The slider ranges of the Model tab and the clamping that goes with them. A slider cannot hand over a value outside
 * its range, but a typed value can; the GUI clamps it rather than letting a run start from a value the loader would
 * have rejected. Hazards are shown per million hours, because the scenario file's raw values (2.0E-5) are too small
 * for a slider to resolve.
 */
final class Limits {
    static final double PER_MILLION = 1_000_000.0;

    static final Interval SHARE = new Interval(0.0, 1.0);
    static final Interval BATTLE_DAY = new Interval(1.0, 15.0);
    static final Interval LATE_BATTLE_DAY = new Interval(1.0, 40.0);
    static final Interval HAZARD_PER_MILLION = new Interval(0.0, 200.0);
    static final Interval PERSONNEL = new Interval(0L, 40000L);

    private Limits() {
    }

    static double clamp(double value, Interval range) {
        return Math.max(range.getMin().doubleValue(), Math.min(range.getMax().doubleValue(), value));
    }

    static int clamp(int value, Interval range) {
        return (int) Math.max(range.getMin().longValue(), Math.min(range.getMax().longValue(), value));
    }

    /** A raw hourly hazard as a rate per million hours, rounded so that 2.0E-5 shows as 20, not 20.000000000000004. */
    static double perMillion(double hazard) {
        return Math.round(hazard * PER_MILLION * 1e6) / 1e6;
    }

    static double fromPerMillion(double rate) {
        return clamp(rate, HAZARD_PER_MILLION) / PER_MILLION;
    }
}
