package org.urbanconflict.epstein.gui;

import org.urbanconflict.core.Experiment;
import org.urbanconflict.epstein.EpsteinExperiment;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;
import org.urbanconflict.gui.GuiSession;
import org.urbanconflict.gui.ScenarioCatalog;
import org.urbanconflict.gui.GuiSettings;
import sim.display.Console;

/**
 * Opens the GUI of Epstein's model for the {@code gui} command, which loads this class by name when a scenario file
 * names the Epstein model. {@code --hours} counts steps here. Returns an exit code only with {@code --exit};
 * otherwise it waits, and MASON ends the program when the Console is closed.
 */
public final class EpsteinLauncher {
    private EpsteinLauncher() {
    }

    /** Called by name from the {@code gui} command with an experiment the model registry loaded. */
    public static int launch(Experiment experiment, GuiSettings settings) throws Exception {
        EpsteinScenario scenario = ((EpsteinExperiment) experiment).scenario();
        if (GuiSession.noDisplay("./urbanconflict gui " + scenario.file()
                + " --hours 100 --screenshot target/epstein.png --exit")) {
            return 3;
        }
        AtomicReference<EpsteinModelWithUI> gui = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            EpsteinModelWithUI ui = new EpsteinModelWithUI(EpsteinModel.create(scenario, settings.seed()),
                    settings.presentation(), ScenarioCatalog.folderFor(Path.of(scenario.file()), "variants"));
            Console console = (Console) ui.createController();
            console.pressPause();
            gui.set(ui);
        });
        int checked = settings.selfCheck() ? EpsteinSelfCheck.run(gui.get()) : 0;
        int driven = GuiSession.drive(settings, steps -> gui.get().runTo(steps), steps -> gui.get().reached(steps),
                file -> gui.get().savePicture(file));
        return Math.max(checked, driven);
    }
}
