package org.urbanconflict.gui.epstein;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;
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

    public static int launch(EpsteinScenario scenario, GuiSettings settings) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("urbanconflict gui: no display. On a machine without a screen, run it under a virtual"
                    + " one, e.g. xvfb-run -a ./urbanconflict gui " + scenario.file()
                    + " --hours 100 --screenshot target/epstein.png --exit");
            return 3;
        }
        AtomicReference<EpsteinModelWithUI> gui = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            EpsteinModelWithUI ui = new EpsteinModelWithUI(EpsteinModel.create(scenario, settings.seed()),
                    settings.presentation());
            Console console = (Console) ui.createController();
            console.pressPause();
            gui.set(ui);
        });
        if (settings.hours() > 0) {
            SwingUtilities.invokeAndWait(() -> gui.get().step(settings.hours()));
        }
        if (settings.screenshot() != null) {
            for (int round = 0; round < 5; round++) {
                SwingUtilities.invokeAndWait(() -> { });
                Thread.sleep(200);
            }
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
}
