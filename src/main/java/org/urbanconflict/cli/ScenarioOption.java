package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.basra.scenario.ScenarioLoader;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;

/** Loads a scenario for a command, printing every validation problem and returning null when there are any. */
final class ScenarioOption {
    private ScenarioOption() {
    }

    static Scenario loadOrReport(Path file, PrintWriter err) {
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioValidationException e) {
            for (ScenarioProblem problem : e.problems()) {
                err.println(problem);
            }
            err.println(file + ": " + e.problems().size() + " problem(s); nothing was run. Fix them and try again"
                    + " (urbanconflict validate " + file + " lists them again).");
            err.flush();
            return null;
        }
    }

    /** The scenario with its horizon cut or extended to {@code hours}, or unchanged when hours is null. */
    static Scenario withHours(Scenario scenario, Integer hours) {
        if (hours == null) {
            return scenario;
        }
        var parameters = scenario.parameters();
        parameters.getTime().setHorizonDays(parameters.getTime().getStartDay() + hours / 24.0);
        return scenario.withParameters(parameters);
    }
}
