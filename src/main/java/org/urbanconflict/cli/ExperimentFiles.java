package org.urbanconflict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.epstein.EpsteinScenario;
import org.urbanconflict.epstein.EpsteinScenarioLoader;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * Turns a scenario file into an {@link Experiment} of the right model, so batch, sweep, compare and chart work for
 * every model of the library. A file names its model in a top-level {@code "model"} field; files without one are
 * Basra scenarios (the library's first model).
 */
final class ExperimentFiles {
    /** The model of files that name none. */
    static final String BASRA = "basra-2008";

    private ExperimentFiles() {
    }

    /** Loads and validates; on a problem prints every one of them and returns null. */
    static Experiment load(Path file, PrintWriter err) {
        String model = modelOf(file);
        if (BASRA.equals(model)) {
            Scenario scenario = ScenarioOption.loadOrReport(file, err);
            return scenario == null ? null : new BasraExperiment(scenario);
        }
        if (EpsteinScenario.MODEL.equals(model)) {
            try {
                return new EpsteinExperiment(EpsteinScenarioLoader.load(file));
            } catch (ScenarioValidationException e) {
                e.problems().forEach(err::println);
                err.println(file + ": " + e.problems().size() + " problem(s); nothing was run. Fix them and try"
                        + " again.");
                err.flush();
                return null;
            }
        }
        err.println(file + ": unknown model '" + model + "'; known models: " + BASRA + ", "
                + EpsteinScenario.MODEL);
        return null;
    }

    /**
     * The file's {@code "model"} field, inherited through {@code "extends"} when the file itself names none; the Basra
     * model when no file in the chain names one, or a file is not readable JSON (the loader then explains why).
     */
    static String modelOf(Path file) {
        Path current = file;
        for (int depth = 0; depth < MAX_EXTENDS_DEPTH && current != null; depth++) {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(Files.readString(current));
            } catch (IOException e) {
                return BASRA;
            }
            if (root == null || !root.isObject()) {
                return BASRA;
            }
            JsonNode model = root.get("model");
            if (model != null && model.isTextual()) {
                return model.asText();
            }
            JsonNode parent = root.get("extends");
            current = parent != null && parent.isTextual() ? current.resolveSibling(parent.asText()) : null;
        }
        return BASRA;
    }

    /**
     * Whether the file is a JSON Schema, such as {@code scenarios/scenario.schema.json}, rather than a scenario: a
     * shell glob like {@code scenarios/epstein/*.json} picks the schema up with the scenarios.
     */
    static boolean isJsonSchema(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            JsonNode schema = root == null ? null : root.get("$schema");
            return schema != null && schema.asText().contains("json-schema.org") && root.has("properties");
        } catch (IOException e) {
            return false;
        }
    }

    /** Longer chains are cycles or mistakes; the loader reports them. */
    private static final int MAX_EXTENDS_DEPTH = 16;
}
