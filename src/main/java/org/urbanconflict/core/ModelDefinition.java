package org.urbanconflict.core;

import java.nio.file.Path;
import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/**
 * One model of the library, as the {@link ModelRegistry} knows it: the name that scenario files give in their
 * {@code "model"} field, a loader, and the GUI that shows it. A new model implements this and lists its class in
 * {@code src/main/resources/META-INF/services/org.urbanconflict.core.ModelDefinition}; every command (validate, run,
 * batch, sweep, compare, chart, params, targets, gui) then works for it with no change to the command line.
 */
public interface ModelDefinition {
    /** The value of a scenario file's {@code "model"} field, e.g. {@code epstein-civil-violence}. */
    String id();

    /** A name for people, e.g. "Epstein's civil violence model". */
    String displayName();

    /**
     * Validates and loads a scenario file of this model, already read and merged over what it {@code extends} by
     * the registry (so a file is parsed once, whatever its model).
     *
     * @param merged the merged document, {@code extends} and {@code $schema} removed
     * @param file   the file as named by the user, for messages and relative paths
     * @throws ScenarioValidationException with every problem found, if there is any
     */
    Experiment load(LocatedDocument merged, Path file);

    /**
     * The fully qualified name of the class whose {@code static int launch(Experiment, GuiSettings)} opens this model's
     * GUI. A name, not a class, so that headless commands never load Swing.
     */
    String guiLauncher();
}
