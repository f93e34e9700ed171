package org.urbanconflict.gui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
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

    /**
     * Runs to {@code --hours}, saves the picture and exits or waits, as the settings say; returns the exit code.
     * {@code run} starts the model running (on the Swing thread) and {@code reached} says, when asked on the Swing
     * thread, whether it has paused at that hour; a run that never gets there (Run does not play) fails after a
     * few minutes rather than saving a picture of hour 0.
     */
    public static int drive(GuiSettings settings, IntConsumer run, IntPredicate reached, Picture picture)
            throws Exception {
        if (settings.hours() > 0 && !runAndWait(settings.hours(), run, reached)) {
            return 4;
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

    /**
     * Presses Run (through {@code run}, on the Swing thread) and waits until {@code reached} says the run paused at
     * {@code hours}; false, after saying so, when it does not get there within five minutes (Run does not play).
     */
    public static boolean runAndWait(int hours, IntConsumer run, IntPredicate reached) throws Exception {
        SwingUtilities.invokeAndWait(() -> run.accept(hours));
        long deadline = System.currentTimeMillis() + 300_000;
        AtomicBoolean there = new AtomicBoolean();
        while (!there.get()) {
            if (System.currentTimeMillis() > deadline) {
                System.err.println("urbanconflict gui: the run did not reach " + hours + " within 5 minutes of"
                        + " pressing Run");
                return false;
            }
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> there.set(reached.test(hours)));
        }
        return true;
    }

    /** Lets the Swing thread finish the work the last steps queued (charts, logs, layout, repaints). */
    public static void settle() throws Exception {
        for (int round = 0; round < 5; round++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(200);
        }
    }
}
