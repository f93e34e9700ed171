package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Hourly rates too small for a slider: the scenario file's 2.0E-5 reads as 20 per million hours. A bean keeps the
 * one stored rate and offers the per-million figure as a derived view property (marked {@code @JsonIgnore}, so the
 * loader, copies and hashes see only the stored rate), hiding the raw rate from the Model tab.
 */
final class PerMillion {
    /** The slider of a per-million view; the stored rate itself may be anything the schema allows. */
    static final Interval SLIDER = new Interval(0.0, 500.0);

    private PerMillion() {
    }

    /** A rate per million hours, rounded so that 2.0E-5 shows as 20, not 20.000000000000004. */
    static double of(double rate) {
        return Math.round(rate * 1e12) / 1e6;
    }

    static double rate(double perMillion) {
        return perMillion / 1e6;
    }
}
