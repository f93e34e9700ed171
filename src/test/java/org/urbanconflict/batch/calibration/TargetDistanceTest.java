package org.urbanconflict.batch.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.urbanconflict.core.scenario.ValidationTarget;
import org.urbanconflict.core.scenario.ValidationTarget.Condition;

/** The calibration's distance: 0 inside, normalised outside, a penalty for a missing metric, RMS over targets. */
class TargetDistanceTest {
    private static final ValidationTarget DAY = new ValidationTarget("day", "", "", List.of(
            new Condition("day", 5.0, 8.0)));
    private static final ValidationTarget MANY = new ValidationTarget("many", "", "", List.of(
            new Condition("outbursts", 2.0, null), new Condition("taken", null, 0.0)));

    @Test
    void conditionsAreZeroInsideAndNormalisedOutside() {
        Condition range = new Condition("x", 5.0, 8.0);
        assertEquals(0, TargetDistance.condition(range, 5));
        assertEquals(0, TargetDistance.condition(range, 8));
        assertEquals(1, TargetDistance.condition(range, 11), 1e-12, "one range-width above");
        assertEquals(0.5, TargetDistance.condition(range, 3.5), 1e-12);
        assertEquals(1, TargetDistance.condition(new Condition("x", 2.0, null), 0), 1e-12, "by the bound");
        assertEquals(3, TargetDistance.condition(new Condition("x", null, 0.0), 3), 1e-12, "by 1 when |bound| < 1");
        assertEquals(0.1, TargetDistance.condition(new Condition("x", 10.0, 10.0), 11), 1e-12, "a point");
        assertEquals(TargetDistance.MISSING, TargetDistance.condition(range, Double.NaN));
    }

    @Test
    void targetsWeighEquallyWhateverTheirConditions() {
        TargetDistance d = TargetDistance.of(List.of(DAY, MANY), List.of());
        Map<String, Double> run = Map.of("day", 11.0, "outbursts", 0.0, "taken", 0.0);
        // day: 1; many: sqrt((1 + 0) / 2); total sqrt((1 + 0.5) / 2)
        assertEquals(Math.sqrt(0.75), d.distance(m -> run.getOrDefault(m, Double.NaN)), 1e-12);
        assertEquals(0, d.distance(m -> Map.of("day", 6.0, "outbursts", 4.0, "taken", 0.0).get(m)));
        TargetDistance one = TargetDistance.of(List.of(DAY, MANY), List.of("day"));
        assertEquals(List.of("day"), one.ids());
        assertEquals(1, one.distance(m -> Double.NaN), 1e-12, "a missing metric counts 1");
    }

    @Test
    void unknownTargetsAndScenariosWithoutTargetsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TargetDistance.of(List.of(DAY, MANY), List.of("dya")));
        assertTrue(e.getMessage().contains("no target 'dya'") && e.getMessage().contains("day, many"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TargetDistance.of(List.of(), List.of()));
    }
}
