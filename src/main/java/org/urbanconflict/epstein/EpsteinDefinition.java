package org.urbanconflict.epstein;

import java.nio.file.Path;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelDefinition;
import org.urbanconflict.core.scenario.LocatedDocument;

/** Epstein's civil violence model in the {@link org.urbanconflict.core.ModelRegistry}. */
public final class EpsteinDefinition implements ModelDefinition {
    @Override
    public String id() {
        return EpsteinScenario.MODEL;
    }

    @Override
    public String displayName() {
        return "Epstein's civil violence model";
    }

    @Override
    public Experiment load(LocatedDocument merged, Path file) {
        return new EpsteinExperiment(EpsteinScenarioLoader.load(merged, file));
    }

    @Override
    public String guiLauncher() {
        return "org.urbanconflict.epstein.gui.EpsteinLauncher";
    }
}
