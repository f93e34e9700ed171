package org.urbanconflict.batch.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.urbanconflict.core.scenario.ValidationTarget;
import org.urbanconflict.core.scenario.ValidationTarget.Condition;

/**
 * How far one run is from the scenario's validation targets, the distance ABC accepts or rejects on. It is 0 exactly
 * when the run hits every target used, so a tolerance of 0 means "hits them all".
 *
 * <ul>
 * <li><b>A condition</b> contributes 0 inside its closed range. Outside, the distance to the nearest bound is divided
 * by the range's width when the condition has two bounds (being one range-width too high counts 1 whatever the
 * metric's unit), and by the bound's magnitude, or by 1 when that is below 1, for a one-sided condition or a point
 * range (missing 2 of "at least 2 outbursts" counts 1; taking a district that must not be taken, a 0/1 metric with
 * {@code max 0}, counts 1).</li>
 * <li><b>A missing metric</b> (NaN: no ceasefire, no outburst to time) counts {@value #MISSING}, as far out as one
 * range-width: a run without the event is as wrong as one with it well outside the range, not infinitely wrong, so a
 * single such replicate cannot swamp the mean over replicates.</li>
 * <li><b>A target</b> is the root-mean-square of its conditions, and <b>the run</b> the root-mean-square over targets,
 * so each target weighs the same however many conditions it has, and a large miss on one target outweighs small
 * misses on several (as a sum would not).</li>
 * </ul>
 * A particle evaluated on R replicates gets the mean of their distances (see {@code AbcSmc}).
 */
public final class TargetDistance {
    /** The distance a condition contributes when its metric is missing (NaN). */
    public static final double MISSING = 1.0;

    private final List<ValidationTarget> targets;

    private TargetDistance(List<ValidationTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    /**
     * The distance over the given targets, or over all of them when {@code ids} is empty.
     *
     * @throws IllegalArgumentException naming an unknown id and the known ones, or when there is no target at all
     */
    public static TargetDistance of(List<ValidationTarget> all, List<String> ids) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the scenario has no validation targets, so there is nothing to "
                    + "calibrate against; add \"validationTargets\" to the scenario file");
        }
        if (ids.isEmpty()) {
            return new TargetDistance(all);
        }
        List<ValidationTarget> chosen = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            ValidationTarget t = all.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--targets: the scenario has no target '" + id + "'; its targets are "
                            + String.join(", ", all.stream().map(ValidationTarget::id).toList())));
            if (seen.add(id)) {
                chosen.add(t);
            }
        }
        return new TargetDistance(chosen);
    }

    public List<ValidationTarget> targets() {
        return targets;
    }

    /** The ids of the targets used, in order. */
    public List<String> ids() {
        return targets.stream().map(ValidationTarget::id).toList();
    }

    /** The run's distance, reading each condition's summary metric through {@code metric} (NaN when missing). */
    public double distance(ToDoubleFunction<String> metric) {
        double sum = 0;
        for (ValidationTarget t : targets) {
            double inner = 0;
            for (Condition c : t.conditions()) {
                double d = condition(c, metric.applyAsDouble(c.metric()));
                inner += d * d;
            }
            sum += t.conditions().isEmpty() ? 0 : inner / t.conditions().size();
        }
        return Math.sqrt(sum / targets.size());
    }

    /** One condition's normalised distance; see the class comment. */
    static double condition(Condition c, double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        if (c.holds(value)) {
            return 0;
        }
        boolean below = c.min() != null && value < c.min();
        double bound = below ? c.min() : c.max();
        double scale = c.min() != null && c.max() != null && c.max() > c.min() ? c.max() - c.min()
                : Math.max(1, Math.abs(bound));
        return Math.abs(value - bound) / scale;
    }
}
