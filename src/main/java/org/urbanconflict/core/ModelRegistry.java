package org.urbanconflict.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.ScenarioInheritance;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import org.urbanconflict.core.scenario.Spelling;

/**
 * Every model of the library, and the one way a scenario file becomes an {@link Experiment}: the file is read and
 * merged over what it {@code extends} once, its {@code "model"} field (inherited like any other field; files without
 * one are Basra scenarios, the library's first model) picks the model, and that model's loader validates the same
 * merged document. The command line and the GUIs both load through here, so no command can read one model's file as
 * another's. Models are found with {@link ServiceLoader}, so the core knows none of them by name.
 */
public final class ModelRegistry {
    /** The model of files that name none. */
    public static final String DEFAULT_MODEL = "basra-2008";
    private static final String FIELD = "/model";
    private static final List<ModelDefinition> MODELS = discover();

    private ModelRegistry() {
    }

    private static List<ModelDefinition> discover() {
        List<ModelDefinition> models = new ArrayList<>();
        ServiceLoader.load(ModelDefinition.class, ModelRegistry.class.getClassLoader()).forEach(models::add);
        return List.copyOf(models);
    }

    /** Every registered model. */
    public static List<ModelDefinition> models() {
        return MODELS;
    }

    /** The model with this id, or null. */
    public static ModelDefinition model(String id) {
        return MODELS.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Loads and validates a scenario file of any model.
     *
     * @throws ScenarioValidationException with every problem found: unreadable files, a loop of {@code extends}, an
     *                                     unknown model, or whatever the model's loader finds
     */
    public static Experiment load(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        LocatedDocument merged = ScenarioInheritance.resolve(file, problems);
        if (merged == null) {
            throw new ScenarioValidationException(problems);
        }
        return modelOf(merged, file).load(merged, file);
    }

    /**
     * Loads a scenario file that must be of the given experiment type (a GUI shows one model), explaining otherwise.
     *
     * @throws ScenarioValidationException as {@link #load}, or naming the file's model when it is another one
     */
    public static <E extends Experiment> E load(Path file, Class<E> type, String whereElse) {
        Experiment e = load(file);
        if (!type.isInstance(e)) {
            throw new ScenarioValidationException(List.of(new ScenarioProblem(file, FIELD, 0, 0, "found a scenario"
                    + " of " + model(e.modelId()).displayName() + " (" + e.modelId() + ")", "allowed: a scenario of"
                    + " the model shown here; " + whereElse)));
        }
        return type.cast(e);
    }

    private static ModelDefinition modelOf(LocatedDocument merged, Path file) {
        JsonNode field = merged.root().isObject() ? merged.root().get("model") : null;
        String id = field == null ? DEFAULT_MODEL : field.isTextual() ? field.asText() : null;
        ModelDefinition model = id == null ? null : model(id);
        if (model == null) {
            List<String> ids = MODELS.stream().map(ModelDefinition::id).toList();
            String found = field == null ? "\"" + DEFAULT_MODEL + "\", which is not registered" : field.toString();
            throw new ScenarioValidationException(List.of(ScenarioProblem.at(merged.valueOrigin(FIELD), FIELD,
                    "found " + found + ", not a model of this library", "allowed: one of " + String.join(", ", ids)
                            + (id == null ? "" : Spelling.suggestion(id, ids)))));
        }
        return model;
    }
}
