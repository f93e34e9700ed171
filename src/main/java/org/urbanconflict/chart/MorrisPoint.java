package org.urbanconflict.chart;

/** One parameter on a Morris chart: its μ* with the bootstrap 95% interval, and σ. NaN values are not drawn. */
public record MorrisPoint(String label, double muStar, double low, double high, double sigma) {
}
