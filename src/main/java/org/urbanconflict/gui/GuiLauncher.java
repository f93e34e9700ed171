package org.urbanconflict.gui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.urbanconflict.model.ConflictModel;
import org.urbanconflict.scenario.Scenario;
import sim.display.Console;

/**
 * Opens the GUI for the {@code gui} command. The command line loads this class by name, so the headless commands
 * never load Swing. Returns an exit code only in the diagnostic mode ({@code --exit}); otherwise it waits, and
 * MASON ends the program when the Console is closed.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static int launch(Scenario scenario, GuiSettings settings) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("urbanconflict gui: no display. On a machine without a screen, run it under a virtual"
                    + " one, e.g. xvfb-run -a ./urbanconflict gui --screenshot target/gui.png --hours 30 --exit");
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
        if (settings.hours() > 0) {
            SwingUtilities.invokeAndWait(() -> gui.get().stepHours(settings.hours()));
        }
        if (settings.screenshot() != null) {
            settle();
            SwingUtilities.invokeAndWait(() -> {
                try {
                    gui.get().savePicture(settings.screenshot());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            System.out.println("Saved " + settings.screenshot() + " and " + settings.screenshot() + ".json");
        }
        if (settings.exit()) {
            return 0;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    /** Lets the Swing thread finish the work the last hours queued (charts, event log, layout, repaints). */
    private static void settle() throws Exception {
        for (int round = 0; round < 5; round++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(200);
        }
    }
}
