package org.urbanconflict.chart;

/**
 * An estimate with a confidence interval, e.g. an outcome probability or a paired difference. A NaN bound draws no
 * whisker on that side; a NaN value draws nothing but the row label.
 */
public record Estimate(String label, double value, double low, double high) {
    public Estimate {
        label = label == null ? "" : label;
    }
}
