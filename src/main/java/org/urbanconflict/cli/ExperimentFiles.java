package org.urbanconflict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * Scenario files for commands: loaded through the {@link ModelRegistry}, so every command works for every model, with
 * every problem printed and the command refusing to run.
 */
final class ExperimentFiles {
    private ExperimentFiles() {
    }

    /** Loads and validates a file of any model; on a problem prints every one of them and returns null. */
    static Experiment load(Path file, PrintWriter err) {
        try {
            return ModelRegistry.load(file);
        } catch (ScenarioValidationException e) {
            report(file, e, err);
            return null;
        }
    }

    /**
     * Loads a file that must be of one model, for the commands that only one model has; otherwise as {@link #load}.
     *
     * @param whereElse what to use for another model's file, e.g. "use bench-epstein for Epstein scenarios"
     */
    static <E extends Experiment> E load(Path file, Class<E> type, String whereElse, PrintWriter err) {
        try {
            return ModelRegistry.load(file, type, whereElse);
        } catch (ScenarioValidationException e) {
            report(file, e, err);
            return null;
        }
    }

    private static void report(Path file, ScenarioValidationException e, PrintWriter err) {
        for (ScenarioProblem problem : e.problems()) {
            err.println(problem.message());
        }
        err.println(file + ": " + e.problems().size() + " problem(s); nothing was run. Fix them and try again"
                + " (urbanconflict validate " + file + " lists them again).");
        err.flush();
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
}
