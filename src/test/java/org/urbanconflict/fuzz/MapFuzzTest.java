package org.urbanconflict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * Fuzz target for the map reader: any bytes as the map file of a scenario that extends the baseline, loaded as
 * {@code validate} loads it. It loads or is refused with {@link ScenarioValidationException}, one line per problem;
 * anything else is a finding. The committed inputs are the shipped map and damaged or oversized variants of it.
 */
class MapFuzzTest {
    private static final Path SCENARIOS = FuzzFiles.scenarioCopy();
    private static final Path MAP = SCENARIOS.resolve("maps/fuzzed-map.json");
    private static final Path SCENARIO = SCENARIOS.resolve("what-if/fuzzed-map-scenario.json");

    @FuzzTest(maxDuration = "60s")
    void readsOrRefusesCleanly(byte[] input) throws Exception {
        if (!Files.exists(SCENARIO)) {
            Files.writeString(SCENARIO, "{\"extends\": \"../basra-2008.json\", \"name\": \"fuzzed map\","
                    + " \"description\": \"the baseline on a fuzzed map\", \"map\": \"../maps/fuzzed-map.json\"}");
        }
        Files.write(MAP, input);
        try {
            ModelRegistry.load(SCENARIO);
        } catch (ScenarioValidationException e) {
            FuzzFiles.assertOneLineEach(e);
        }
    }
}
