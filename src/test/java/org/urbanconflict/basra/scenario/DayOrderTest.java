package org.urbanconflict.basra.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.core.scenario.ScenarioProblem;

/**
 * Days that must come in order are checked, in a file (with its line) and at a sweep point alike (issue 13 item 5:
 * an extension ending before the ultimatum, mediators or a halt of raids before the run began all ran silently).
 */
class DayOrderTest {
    @TempDir
    Path dir;

    private List<ScenarioProblem> problems(String section, String field, double day) throws IOException {
        Path file = dir.resolve(field + ".json");
        Files.writeString(file, "{\"extends\": \"" + TestScenarios.path("basra-2008.json").toAbsolutePath()
                + "\",\n \"" + section + "\": {\"" + field + "\": {\"value\": " + day + ", \"assumption\": \"t\"}}}\n");
        return ScenarioLoader.validate(file);
    }

    @Test
    void daysOutOfOrderAreOneLocatedProblemEach() throws IOException {
        String[][] cases = {{"ultimatum", "extendedUntilDay", "2.0", "/ultimatum/extendedUntilDay"},
            {"ultimatum", "extensionDay", "2.0", "/ultimatum/extensionDay"},
            {"mediation", "startDay", "1.0", "/mediation/startDay"},
            {"government", "raidsHaltDay", "1.0", "/government/raidsHaltDay"}};
        for (String[] c : cases) {
            List<ScenarioProblem> p = problems(c[0], c[1], Double.parseDouble(c[2]));
            assertEquals(1, p.size(), c[3] + ": " + p);
            assertEquals(c[3], p.get(0).pointer());
            assertEquals(2, p.get(0).line(), "the line of the value that breaks the order");
            assertTrue(p.get(0).message().contains("not after"), p.get(0).message());
        }
    }

    @Test
    void aSweepPointIsHeldToTheSameOrder() {
        BasraExperiment base = new BasraExperiment(TestScenarios.baseline());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> base.withParameter("/ultimatum/extendedUntilDay", 2));
        assertTrue(e.getMessage().contains("/ultimatum/extendedUntilDay"), e.getMessage());
    }
}
