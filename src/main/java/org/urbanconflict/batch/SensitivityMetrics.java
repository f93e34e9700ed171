package org.urbanconflict.batch;

import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;

/**
 * Which runs.csv columns a sensitivity analysis may study: every summary metric and every target hit
 * ({@code target_<id>}, 0 or 1) of the model. The model declares them in its runs, so one run of the base scenario (on
 * replicate 0's seed, a few tens of milliseconds) finds them before the design runs, and an unknown name is refused
 * before anything is written.
 */
public final class SensitivityMetrics {
    private SensitivityMetrics() {
    }

    /**
     * The metrics to analyse: those asked for, or the model's headline metrics when none are.
     *
     * @throws IllegalArgumentException naming the unknown metric and listing the known ones
     */
    public static List<String> check(Experiment base, List<String> requested, long masterSeed) {
        RunResult probe = base.run(Seeds.replicate(masterSeed, 0));
        List<String> known = new ArrayList<>(probe.summary().keySet());
        probe.targets().keySet().forEach(t -> known.add(RunRows.TARGET_PREFIX + t.replace('-', '_')));
        if (requested == null || requested.isEmpty()) {
            return base.chartPlan().headlineMetrics().stream().filter(known::contains).toList();
        }
        List<String> chosen = new ArrayList<>();
        for (String m : requested) {
            String name = m.trim();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("--metrics " + name + ": no such metric in " + base.name()
                        + "'s runs; choose from " + String.join(", ", known));
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }
}
