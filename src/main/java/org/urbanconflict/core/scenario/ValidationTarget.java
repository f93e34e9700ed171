package org.urbanconflict.core.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A range the historical record puts on a run's summary metrics. A run hits the target when every condition holds.
 *
 * @param id          short id, e.g. {@code ceasefire-day}
 * @param description what the record says, in a sentence
 * @param source      where the range comes from
 * @param conditions  each a summary metric and its allowed closed interval
 */
public record ValidationTarget(String id, String description, String source, List<Condition> conditions)
        implements Serializable {

    /** A closed interval on one summary metric; a missing bound is unbounded. */
    public record Condition(String metric, Double min, Double max) implements Serializable {
        public boolean holds(double value) {
            return !Double.isNaN(value) && (min == null || value >= min) && (max == null || value <= max);
        }
    }

    /** Whether every condition holds for the given summary metrics; a missing metric fails its condition. */
    public boolean isHitBy(Map<String, Double> summary) {
        for (Condition condition : conditions) {
            Double value = summary.get(condition.metric());
            if (value == null || !condition.holds(value)) {
                return false;
            }
        }
        return true;
    }
}
