package org.urbanconflict.chart;

/** One sweep point: parameter value x and the replicates' mean of a metric with its 95% CI. */
public record SweepPoint(double x, double mean, double low, double high) {
}
