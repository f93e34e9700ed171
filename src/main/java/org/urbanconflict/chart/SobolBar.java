package org.urbanconflict.chart;

/** One parameter on a Sobol chart: first-order and total indices, each with its 95% interval (NaN: no whisker). */
public record SobolBar(String label, double first, double firstLow, double firstHigh, double total, double totalLow,
        double totalHigh) {
}
