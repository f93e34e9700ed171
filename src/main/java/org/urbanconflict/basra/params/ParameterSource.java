package org.urbanconflict.basra.params;


/**
 * Where a settings group finds the parameters it edits. The GUI passes {@code model::configuredParameters}, so a
 * group always edits what the next start will copy, even after the scenario picker swaps in another scenario.
 */
@FunctionalInterface
public interface ParameterSource {
    ScenarioParameters parameters();
}
