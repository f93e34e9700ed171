package org.urbanconflict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * Fuzz target for the scenario loader (issue 13): any bytes as a scenario file, loaded and validated as {@code
 * validate} does, next to a copy of the shipped scenarios (so {@code extends} and {@code map} can resolve). A file
 * either loads or is refused with {@link ScenarioValidationException}, one line per problem; anything else (another
 * exception, a hang, running out of memory) is a finding. {@code mvn test} replays the committed inputs in
 * {@code ScenarioFuzzTestInputs/}: the shipped scenarios and the bad inputs of issue 13 rebuilt.
 */
class ScenarioFuzzTest {
    private static final Path SCENARIOS = FuzzFiles.scenarioCopy();
    private static final Path FILE = SCENARIOS.resolve("what-if/fuzzed.json");

    @FuzzTest(maxDuration = "60s")
    void loadsOrRefusesCleanly(byte[] input) throws Exception {
        Files.write(FILE, input);
        try {
            ModelRegistry.load(FILE);
        } catch (ScenarioValidationException e) {
            FuzzFiles.assertOneLineEach(e);
        }
    }
}
