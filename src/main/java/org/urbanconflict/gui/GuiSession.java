package org.urbanconflict.gui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import javax.swing.SwingUtilities;

/**
 * What every model's launcher does around its windows: refuse politely without a display, then, once the windows
 * are up, step the model as {@code --hours} asks, save the picture {@code --screenshot} asks for, and either exit
 * ({@code --exit}) or wait until MASON ends the program when the Console is closed.
 */
public final class GuiSession {
    /** Saves a picture of the GUI; called on the Swing thread. */
    public interface Picture {
        void save(Path file) throws IOException;
    }

    private GuiSession() {
    }

    /** True, after telling the user how to run the GUI on a virtual screen, when there is no display. */
    public static boolean noDisplay(String example) {
        if (!GraphicsEnvironment.isHeadless()) {
            return false;
        }
        System.err.println("urbanconflict gui: no display. On a machine without a screen, run it under a virtual"
                + " one, e.g. xvfb-run -a " + example);
        return true;
    }

    /** Steps, saves the picture and exits or waits, as the settings say; returns the exit code. */
    public static int drive(GuiSettings settings, IntConsumer step, Picture picture) throws Exception {
        if (settings.hours() > 0) {
            SwingUtilities.invokeAndWait(() -> step.accept(settings.hours()));
        }
        if (settings.screenshot() != null) {
            settle();
            SwingUtilities.invokeAndWait(() -> {
                try {
                    picture.save(settings.screenshot());
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

    /** Lets the Swing thread finish the work the last steps queued (charts, logs, layout, repaints). */
    private static void settle() throws Exception {
        for (int round = 0; round < 5; round++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(200);
        }
    }
}
