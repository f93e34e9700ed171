package org.urbanconflict.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scenarios shipped on the class path load, and run exactly as the files in the checkout do. */
class BundledScenariosTest {
    @Test
    void aShippedScenarioRunsAsItsFileDoes() {
        assertTrue(BundledScenarios.list().containsAll(java.util.List.of("basra-2008.json",
                "what-if/no-fire-support.json", "maps/basra.json", "epstein/run-2-punctuated.json")),
                BundledScenarios.list().toString());
        Experiment bundled = BundledScenarios.load("what-if/no-fire-support.json");
        Experiment file = ModelRegistry.load(Path.of("scenarios/what-if/no-fire-support.json"));
        assertEquals(file.hash(), bundled.hash());
        assertEquals(file.run(3).summary(), bundled.run(3).summary());
        assertEquals("epstein-civil-violence", BundledScenarios.load("epstein/run-1-deception.json").modelId());
        assertThrows(IllegalArgumentException.class, () -> BundledScenarios.load("no-such.json"));
    }
}
