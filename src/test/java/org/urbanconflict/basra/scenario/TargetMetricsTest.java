package org.urbanconflict.basra.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * A validation target that names no summary metric is refused where it is written, with the likely name (issue 13
 * item 4: "ceasefire_dya" was accepted, and the target silently reported as missed in every run).
 */
class TargetMetricsTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltMetricIsOneLocatedProblemWithTheLikelyName() throws IOException {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"extends\": \"" + TestScenarios.path("basra-2008.json").toAbsolutePath()
                + "\",\n \"validationTargets\": [{\"id\": \"t\", \"description\": \"d\", \"source\": \"s\",\n"
                + "   \"conditions\": [{\"metric\": \"ceasefire_dya\", \"max\": 7}]}]}\n");
        ScenarioValidationException e = assertThrows(ScenarioValidationException.class,
                () -> ModelRegistry.load(file));
        assertEquals(1, e.problems().size());
        String message = e.problems().get(0).message();
        assertTrue(message.contains("typo.json:3:") && message.contains("/validationTargets/0/conditions/0/metric")
                && message.contains("did you mean 'ceasefire_day'?"), message);
    }

    @Test
    void theBaselinesTargetsNameRealMetrics() {
        assertEquals(10, ModelRegistry.load(TestScenarios.path("basra-2008.json")).targets().size(),
                "the baseline loads, each of its ten targets naming a real metric");
    }
}
