package org.urbanconflict;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.basra.scenario.ScenarioLoader;
import org.urbanconflict.basra.params.ScenarioParameters;

/** Loads the shipped scenarios once per test JVM, and makes variants of them for mechanism tests. */
public final class TestScenarios {
    private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

    private TestScenarios() {
    }

    public static Path path(String relative) {
        return Path.of("scenarios").resolve(relative);
    }

    public static Scenario load(String relative) {
        return CACHE.computeIfAbsent(relative, r -> ScenarioLoader.load(path(r)));
    }

    public static Scenario baseline() {
        return load("basra-2008.json");
    }

    /** The baseline with some parameters changed in code. */
    public static Scenario baselineWith(Consumer<ScenarioParameters> change) {
        ScenarioParameters p = baseline().parameters();
        change.accept(p);
        return baseline().withParameters(p);
    }
}
