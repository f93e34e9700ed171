package org.urbanconflict.chart;

import java.util.Objects;

/**
 * One quantity's spread over time across replicates. Arrays are indexed by hour and may differ in length (a chart uses
 * the common prefix) or hold NaN (an hour without a value, skipped).
 *
 * @param label legend text, e.g. "Militia killed"
 */
public record Band(String label, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {
    public Band {
        label = label == null ? "" : label;
        Objects.requireNonNull(p05, "p05");
        Objects.requireNonNull(p25, "p25");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p75, "p75");
        Objects.requireNonNull(p95, "p95");
    }

    /** A band of one replicate, or of a deterministic series: every quantile is the same line. */
    public static Band single(String label, double[] values) {
        return new Band(label, values, values, values, values, values);
    }

    /** Hours for which all five quantile arrays have an entry. */
    int length() {
        return Math.min(Math.min(Math.min(p05.length, p25.length), Math.min(p50.length, p75.length)), p95.length);
    }
}
