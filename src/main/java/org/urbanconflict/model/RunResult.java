package org.urbanconflict.model;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.scenario.ValidationTarget;

/**
 * Everything one run produced: the hourly table, the summary, the outcome, which validation targets it hit and the
 * event log. Plain data, detached from the model, so writers and statistics never touch a live simulation.
 */
public record RunResult(String scenarioName, String scenarioHash, long seed, List<String> metricNames,
        double[][] hourly, List<LocalDateTime> times, Map<String, Double> summary, Outcome outcome,
        Map<String, Boolean> targets, List<BattleEvent> events) {

    static RunResult of(ConflictModel model) {
        MetricsRecorder rec = model.recorder();
        List<String> names = rec.metrics().stream().map(Metric::name).toList();
        double[][] table = rec.table();
        List<LocalDateTime> times = new java.util.ArrayList<>(table.length);
        for (int h = 0; h < table.length; h++) {
            times.add(model.clock().dateTime(h));
        }
        Map<String, Double> summary = SummaryMetrics.compute(model);
        Map<String, Boolean> targets = new LinkedHashMap<>();
        for (ValidationTarget target : model.scenario().targets()) {
            targets.put(target.id(), target.isHitBy(summary));
        }
        return new RunResult(model.scenario().name(), model.scenario().hash(), model.seed(), names, table,
                List.copyOf(times), java.util.Collections.unmodifiableMap(summary), Outcome.classify(model),
                java.util.Collections.unmodifiableMap(targets), model.events().events().stream().toList());
    }

    /** Number of validation targets hit. */
    public long targetsHit() {
        return targets.values().stream().filter(Boolean::booleanValue).count();
    }

    public double summary(String name) {
        Double value = summary.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no summary metric named " + name);
        }
        return value;
    }
}
