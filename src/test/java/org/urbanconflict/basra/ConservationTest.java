package org.urbanconflict.basra;

import org.urbanconflict.core.RunResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.urbanconflict.TestScenarios;

/** Personnel, fighters and residents are conserved at every hour: nobody appears or vanishes. */
class ConservationTest {
    @ParameterizedTest
    @CsvSource({"basra-2008.json, 3", "what-if/militia-upper-estimate.json, 4", "what-if/early-reinforcements.json, 5",
            "what-if/no-mediation.json, 6", "basra-2008-april.json, 7"})
    void everySideIsConservedEveryHour(String scenario, long seed) {
        RunResult r = ConflictModel.run(TestScenarios.load(scenario), seed);
        double[][] t = r.hourly();
        double militiaAtStart = t[0][col(r, "militia_fighters")];
        double residentsAtStart = t[0][col(r, "civilians_present")];
        assertTrue(militiaAtStart > 0 && residentsAtStart > 1_000_000);
        for (int h = 0; h < t.length; h++) {
            double[] row = t[h];
            assertEquals(row[col(r, "gov_committed")], row[col(r, "gov_active")] + row[col(r, "gov_killed")]
                    + row[col(r, "gov_wounded")] + row[col(r, "desertions")] + row[col(r, "defections")]
                    + row[col(r, "dismissals")],
                    "government personnel at hour " + h);
            assertEquals(militiaAtStart + row[col(r, "militia_recruited")] + row[col(r, "militia_joined")],
                    row[col(r, "militia_fighters")] + row[col(r, "militia_killed")] + row[col(r, "militia_wounded")],
                    "militia fighters at hour " + h);
            assertEquals(row[col(r, "defections")], row[col(r, "militia_joined")], "defectors join the militia");
            assertEquals(residentsAtStart, row[col(r, "civilians_present")] + row[col(r, "displaced")]
                    + row[col(r, "civilian_killed")] + row[col(r, "civilian_wounded")]
                    + row[col(r, "militia_recruited")], "residents at hour " + h);
        }
    }

    private static int col(RunResult r, String name) {
        return r.metricNames().indexOf(name);
    }
}
