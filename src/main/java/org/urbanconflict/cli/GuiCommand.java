package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.basra.BasraDefinition;
import org.urbanconflict.gui.GuiSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gui}: MASON's Console and a battle window (map, live charts, event log) on the same model the other
 * commands run. The GUI classes are loaded by name only here, so no other command ever loads Swing.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the MASON Console with the model: a map of Basra coloured by who holds each block, the "
                + "units and militia cells, coalition strikes, a clock with the phase of the battle, live charts "
                + "and a log of dated events. The Console's Model tab changes what-if parameters (they apply at "
                + "the next start) and loads other scenarios; its About tab explains the scenario and its sources.",
                "Screenshots (camera button) and movies (film button) are saved from the map's toolbar.",
                "The scenario is validated first, as by 'run'; with seed N the GUI's run is the run 'run --seed N' "
                        + "makes.",
                "An Epstein scenario (scenarios/epstein/) opens the lattice of citizens (quiet, active, jailed) and "
                        + "cops, live charts of active and jailed citizens, and legitimacy as a slider in the Model "
                        + "tab; --hours then counts steps."},
        footer = {"", "Examples:",
                "  urbanconflict gui",
                "  urbanconflict gui scenarios/what-if/no-fire-support.json --presentation",
                "  urbanconflict gui scenarios/epstein/run-2-punctuated.json",
                "  xvfb-run -a urbanconflict gui --hours 30 --screenshot target/gui.png --exit",
                "  urbanconflict gui scenarios/what-if/no-fire-support.json --against scenarios/basra-2008.json "
                        + "--hours 120"})
public final class GuiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/basra-2008.json",
            description = "Scenario file (default: ${DEFAULT-VALUE}). Others can be loaded from the GUI.")
    private Path scenarioFile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Random seed of the first run (default: ${DEFAULT-VALUE}); the Console can change it.")
    private long seed;

    @Option(names = "--presentation",
            description = "Large text and thick lines for a projector (also in the battle window's View menu).")
    private boolean presentation;

    @Option(names = "--hours", defaultValue = "0", paramLabel = "H",
            description = "Step the model H hours (Epstein: H steps) before handing over (default: start paused).")
    private int hours;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "After stepping, save a PNG of all GUI windows to FILE, and FILE.json with where the map "
                    + "and legend are (used by the CI check; handy for handouts).")
    private Path screenshot;

    @Option(names = "--exit", description = "Quit after stepping and the screenshot instead of waiting for the user.")
    private boolean exit;

    @Option(names = "--against", paramLabel = "BASELINE",
            description = "Run BASELINE first to --hours and pin it, then load SCENARIO and run it: the charts show "
                    + "SCENARIO against the baseline's faint lines (Basra scenarios).")
    private Path against;

    @Option(names = "--self-check", description = "Drive the windows as a class would (a click on a unit, a value "
            + "typed while running, Play, the Model tab's fit) and check what they show; exit 1 on a failure. For CI "
            + "under Xvfb.")
    private boolean selfCheck;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (hours < 0) {
            err.println("--hours must be 0 or more (got " + hours + ")");
            err.flush();
            return 2;
        }
        GuiSettings settings = new GuiSettings(seed, presentation, hours, screenshot, exit, against, selfCheck);
        Experiment experiment = ExperimentFiles.load(scenarioFile, err);
        if (experiment == null) {
            return 2;
        }
        if (against != null) {
            Experiment baseline = ExperimentFiles.load(against, err);
            if (baseline == null) {
                return 2;
            }
            if (!baseline.modelId().equals(experiment.modelId()) || !BasraDefinition.ID.equals(experiment.modelId())) {
                err.println("--against compares two Basra scenarios; " + against + " is " + baseline.modelId()
                        + " and " + scenarioFile + " is " + experiment.modelId());
                err.flush();
                return 2;
            }
        }
        return launch(ModelRegistry.model(experiment.modelId()).guiLauncher(), experiment, settings);
    }

    private static int launch(String launcher, Experiment experiment, GuiSettings settings) throws Exception {
        try {
            Object code = Class.forName(launcher).getMethod("launch", Experiment.class, GuiSettings.class)
                    .invoke(null, experiment, settings);
            return (Integer) code;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
