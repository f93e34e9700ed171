package org.urbanconflict.chart;

/**
 * A validation target against a batch: the allowed range and the batch's values of the target's metric.
 *
 * @param min            lower end of the allowed range, or null for "no lower limit"
 * @param max            upper end of the allowed range, or null for "no upper limit"
 * @param values         the metric in each run; NaN for a run without a value
 * @param hitProbability share of runs inside the range, in [0, 1], or NaN if unknown
 */
public record TargetRange(String label, Double min, Double max, double[] values, double hitProbability) {
    public TargetRange {
        label = label == null ? "" : label;
        values = values == null ? new double[0] : values;
    }
}
