package org.urbanconflict.basra;

import java.nio.file.Path;
import java.util.List;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.basra.scenario.ScenarioLoader;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelDefinition;
import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import org.urbanconflict.core.scenario.TargetMetrics;

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

    /** Loads the scenario, then holds its validation targets to the summary metrics its map gives. */
    @Override
    public Experiment load(LocatedDocument merged, Path file) {
        Scenario scenario = ScenarioLoader.load(merged, file);
        List<ScenarioProblem> problems = TargetMetrics.unknown(merged, scenario.targets(),
                SummaryMetrics.of(scenario.map()).names());
        if (!problems.isEmpty()) {
            throw new ScenarioValidationException(problems);
        }
        return new BasraExperiment(scenario);
    }

    @Override
    public String guiLauncher() {
        return "org.urbanconflict.basra.gui.GuiLauncher";
    }
}
