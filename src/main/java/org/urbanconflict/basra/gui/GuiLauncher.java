package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelRegistry;

import org.urbanconflict.gui.GuiSession;
import org.urbanconflict.gui.GuiSettings;
import org.urbanconflict.gui.ScenarioCatalog;
import org.urbanconflict.gui.SelfCheck;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.Scenario;
import sim.display.Console;

/**
 * Opens the GUI for the {@code gui} command. The command line loads this class by name, so the headless commands
 * never load Swing. Returns an exit code only in the diagnostic mode ({@code --exit}); otherwise it waits, and
 * MASON ends the program when the Console is closed. With {@code --against BASELINE} the baseline runs first to
 * {@code --hours} and is pinned, then the scenario is loaded (as the Scenario menu would) and run to the same hour,
 * so the charts show it against the baseline's faint lines; {@code --self-check} runs {@link BasraSelfCheck} first.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Called by name from the {@code gui} command with an experiment the model registry loaded. */
    public static int launch(Experiment experiment, GuiSettings settings) throws Exception {
        Scenario scenario = ((BasraExperiment) experiment).scenario();
        if (GuiSession.noDisplay("./urbanconflict gui --screenshot target/gui.png --hours 30 --exit")) {
            return 3;
        }
        Path folder = scenario.file() == null ? Path.of("scenarios") : ScenarioCatalog.folderFor(scenario.file());
        Scenario first = settings.against() == null ? scenario : ModelRegistry.load(settings.against(),
                BasraExperiment.class, "--against needs a Basra scenario").scenario();
        AtomicReference<ConflictModelWithUI> gui = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ConflictModelWithUI ui = new ConflictModelWithUI(ConflictModel.create(first, settings.seed()),
                    settings.presentation(), folder);
            Console console = (Console) ui.createController();
            console.pressPause();
            gui.set(ui);
        });
        if (settings.against() != null) {
            if (!GuiSession.runAndWait(settings.hours(), hours -> gui.get().runTo(hours), hours -> gui.get()
                    .reached(hours))) {
                return 4;
            }
            SwingUtilities.invokeAndWait(() -> {
                gui.get().pinBaseline();
                gui.get().switchScenario(scenario);
            });
            String ghosts = SelfCheck.onSwing(() -> gui.get().ghostCaption());
            if (ghosts == null || !ghosts.startsWith("Faint lines: baseline")) {
                System.err.println("urbanconflict gui: --against pinned no baseline (the charts say: " + ghosts + ")");
                return 1;
            }
            System.out.println(ghosts);
        }
        int checked = settings.selfCheck() ? BasraSelfCheck.run(gui.get()) : 0;
        int driven = GuiSession.drive(settings, hours -> gui.get().runTo(hours), hours -> gui.get().reached(hours),
                file -> gui.get().savePicture(file));
        return Math.max(checked, driven);
    }
}
