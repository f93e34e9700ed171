package org.urbanconflict.basra;

import java.nio.file.Path;
import org.urbanconflict.basra.scenario.ScenarioLoader;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelDefinition;
import org.urbanconflict.core.scenario.LocatedDocument;

/** The Basra 2008 model in the {@link org.urbanconflict.core.ModelRegistry}: files that name no model are its. */
public final class BasraDefinition implements ModelDefinition {
    public static final String ID = "basra-2008";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "the Basra 2008 model";
    }

    @Override
    public Experiment load(LocatedDocument merged, Path file) {
        return new BasraExperiment(ScenarioLoader.load(merged, file));
    }

    @Override
    public String guiLauncher() {
        return "org.urbanconflict.basra.gui.GuiLauncher";
    }
}
