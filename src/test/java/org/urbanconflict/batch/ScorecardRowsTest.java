package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.chart.TargetRange;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * The scorecard's "runs in range" column, checked against numbers worked out here from the text of runs.csv alone
 * (split on commas, no RunTable): each condition row shows the share of runs inside its own range, not the hit rate
 * of the whole target.
 */
class ScorecardRowsTest {
    @Test
    void eachRowShowsTheShareOfRunsInsideItsOwnRange(@TempDir Path dir) throws Exception {
        BasraExperiment experiment = new BasraExperiment(TestScenarios.baseline());
        Batch.run(new Batch.Config(experiment, null, 60, 1, 2, dir, false, true, "test", "test"));
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();

        List<TargetRange> drawn = BatchCharts.scorecardRows(RunTable.read(dir.resolve("runs.csv")),
                experiment.targets());
        int r = 0;
        boolean someRowDiffersFromItsTarget = false;
        for (ValidationTarget t : experiment.targets()) {
            int hitColumn = header.indexOf("target_" + t.id().replace('-', '_'));
            double targetRate = rows.stream().filter(x -> x[hitColumn].equals("1")).count() / (double) rows.size();
            for (ValidationTarget.Condition c : t.conditions()) {
                int column = header.indexOf(c.metric());
                long inside = rows.stream().map(x -> x[column]).filter(v -> !v.isEmpty())
                        .mapToDouble(Double::parseDouble)
                        .filter(v -> (c.min() == null || v >= c.min()) && (c.max() == null || v <= c.max())).count();
                TargetRange row = drawn.get(r++);
                assertTrue(row.label().startsWith(t.id()), row.label());
                assertEquals(inside / (double) rows.size(), row.hitProbability(), 1e-12, row.label());
                someRowDiffersFromItsTarget |= Math.abs(row.hitProbability() - targetRate) > 1e-9;
            }
        }
        assertEquals(drawn.size(), r, "one row per condition");
        assertTrue(someRowDiffersFromItsTarget, "a row of a two-condition target shows its own share");
    }
}
