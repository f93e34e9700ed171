package org.urbanconflict.basra;

import org.urbanconflict.core.RunResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.basra.scenario.ScenarioLoader;

/** Every shipped scenario file loads, runs to its horizon and produces sane numbers. */
class ScenarioSmokeTest {
    static Stream<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith("schema.json"))
                    .filter(p -> !p.startsWith(Path.of("scenarios", "maps")))
                    // Epstein's model has its own files and smoke test (epstein.EpsteinScenarioLoaderTest).
                    .filter(p -> !p.startsWith(Path.of("scenarios", "epstein")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void runsToTheHorizon(Path file) {
        Scenario scenario = ScenarioLoader.load(file);
        RunResult r = ConflictModel.run(scenario, 42);
        int hours = (int) Math.round((scenario.parameters().getTime().getHorizonDays()
                - scenario.parameters().getTime().getStartDay()) * 24);
        assertEquals(hours + 1, r.hourly().length, file.toString());
        for (double[] row : r.hourly()) {
            for (int i = 0; i < row.length; i++) {
                assertTrue(row[i] >= 0 && Double.isFinite(row[i]), file + ": " + r.metricNames().get(i) + "=" + row[i]);
            }
        }
        assertTrue(r.summary("gov_killed") + r.summary("militia_killed") > 0, file + ": there was fighting");
        assertEquals(scenario.targets().size(), r.targets().size());
    }
}
