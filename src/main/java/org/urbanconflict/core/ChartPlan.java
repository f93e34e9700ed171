package org.urbanconflict.core;

import java.util.List;

/**
 * What a model wants drawn from a batch, so the shared chart code needs no model knowledge.
 *
 * @param fans             fan charts over time: each a title, y-axis label and the hourly metrics it shows
 * @param histogramMetric  summary metric drawn as a histogram (e.g. the ceasefire day), or null
 * @param histogramLabel   x-axis label of that histogram
 * @param missingNote      how to describe runs where the histogram metric is missing, e.g. "without a ceasefire"
 * @param map              map whose regions are shaded, or null for a model without one
 * @param mapMetricPrefix  prefix of the per-region 0/1 summary metrics shaded on the map (region id appended,
 *                         hyphens as underscores), e.g. {@code taken_at_ceasefire_}
 * @param mapTitle         title of the map chart
 * @param outcomeClasses   every outcome class the model can report, so summaries list those that never happened
 * @param headlineMetrics  summary metrics worth a line in printed reports and a row in the comparison's forest plot,
 *                         in reading order (the files keep every metric)
 */
public record ChartPlan(List<Fan> fans, String histogramMetric, String histogramLabel, String missingNote,
        RegionMap map, String mapMetricPrefix, String mapTitle, List<String> outcomeClasses,
        List<String> headlineMetrics) {

    public ChartPlan {
        fans = List.copyOf(fans);
        outcomeClasses = List.copyOf(outcomeClasses);
        headlineMetrics = List.copyOf(headlineMetrics);
    }

    /** One fan chart: a title, a y-axis label with units, and the hourly metrics drawn as bands. */
    public record Fan(String file, String title, String yAxisLabel, List<String> metrics, List<String> labels) {
    }
}
