package org.urbanconflict.core.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Validation targets name summary metrics by their runs.csv column. A misspelt name would make a target that no run
 * can hit, reported as missed with no word of why; this check names it where it is written instead. The metric
 * names come from the model (they may depend on its map), so a model's loader calls this once it knows them.
 */
public final class TargetMetrics {
    private TargetMetrics() {
    }

    /**
     * One located problem per condition whose metric is not among {@code known}.
     *
     * @param document the merged scenario, in which target i is {@code /validationTargets/i}
     */
    public static List<ScenarioProblem> unknown(LocatedDocument document, List<ValidationTarget> targets,
            Collection<String> known) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            List<ValidationTarget.Condition> conditions = targets.get(t).conditions();
            for (int c = 0; c < conditions.size(); c++) {
                String metric = conditions.get(c).metric();
                if (!known.contains(metric)) {
                    String pointer = "/validationTargets/" + t + "/conditions/" + c + "/metric";
                    problems.add(ScenarioProblem.at(document.valueOrigin(pointer), pointer, "found \"" + metric
                            + "\", not a summary metric of this model", "allowed: a column of runs.csv"
                            + Spelling.suggestion(metric, known) + " (urbanconflict batch writes them all)"));
                }
            }
        }
        return problems;
    }
}
