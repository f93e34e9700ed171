package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.core.Experiment;

import org.urbanconflict.gui.GuiSession;
import org.urbanconflict.gui.GuiSettings;
import org.urbanconflict.gui.ScenarioCatalog;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.Scenario;
import sim.display.Console;

/**
 * Opens the GUI for the {@code gui} command. The command line loads this class by name, so the headless commands
 * never load Swing. Returns an exit code only in the diagnostic mode ({@code --exit}); otherwise it waits, and
 * MASON ends the program when the Console is closed.
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
        AtomicReference<ConflictModelWithUI> gui = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ConflictModelWithUI ui = new ConflictModelWithUI(ConflictModel.create(scenario, settings.seed()),
                    settings.presentation(), folder);
            Console console = (Console) ui.createController();
            console.pressPause();
            gui.set(ui);
        });
        return GuiSession.drive(settings, hours -> gui.get().runTo(hours), hours -> gui.get().reached(hours),
                file -> gui.get().savePicture(file));
    }
}
