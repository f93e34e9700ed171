package org.urbanconflict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.urbanconflict.experiment.Experiment;
import org.urbanconflict.model.BasraExperiment;
import org.urbanconflict.scenario.Scenario;

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
        err.println(file + ": unknown model '" + model + "'; known models: " + BASRA);
        return null;
    }

    /** The file's {@code "model"} field, or the Basra model when there is none or the file is not readable JSON. */
    static String modelOf(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            JsonNode model = root == null ? null : root.get("model");
            return model != null && model.isTextual() ? model.asText() : BASRA;
        } catch (IOException e) {
            return BASRA;
        }
    }
}
