package org.urbanconflict.core;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of any model produced: the hourly (or per-step) table, the end-of-run summary, the outcome
 * class, which validation targets it hit and its dated events. Plain data, detached from the model, so writers,
 * statistics and charts never touch a live simulation and work for every model of the library.
 *
 * @param times wall-clock time of each row, or null for a model whose steps are not dated
 */
public record RunResult(String experimentName, String configurationHash, long seed, List<String> metricNames,
        double[][] hourly, List<LocalDateTime> times, Map<String, Double> summary, String outcome,
        Map<String, Boolean> targets, List<RunEvent> events) {

    /** Number of validation targets hit. */
    public long targetsHit() {
        return targets.values().stream().filter(Boolean::booleanValue).count();
    }

    /** A summary metric by name; throws naming the metric if there is none. */
    public double summary(String name) {
        Double value = summary.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no summary metric named " + name);
        }
        return value;
    }

    /** The column of an hourly metric; throws naming the metric if there is none. */
    public int column(String metric) {
        int index = metricNames.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException("no hourly metric named " + metric);
        }
        return index;
    }
}
