package org.urbanconflict.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JComboBox;
import sim.display.Console;
import sim.display.GUIState;

/** MASON's Console as every model's GUI opens it: sized beside the model's windows, counting steps. */
public final class Consoles {
    private Consoles() {
    }

    /** An open Console and the screen layout it was placed by, for placing the model's own windows. */
    public record Opened(Console console, WindowLayout layout) {
    }

    /**
     * Applies the style's fonts, then opens a Console for {@code gui} on the right of the usable screen, counting
     * steps. Building the Console calls {@code gui.init}, so the model's windows exist when this returns.
     */
    public static Opened open(GUIState gui, Style style) {
        Presentation.applyFonts(style);
        Console console = new Console(gui);
        console.setNewMenuAllowed(false);
        Rectangle usable = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        WindowLayout layout = WindowLayout.forScreen(
                new WindowLayout.Box(usable.x, usable.y, usable.width, usable.height), style);
        WindowLayout.Box box = layout.console();
        console.setBounds(box.x(), box.y(), box.width(), box.height());
        showSteps(console);
        console.setVisible(true);
        return new Opened(console, layout);
    }

    /**
     * Sets the Console's counter to steps (hours simulated) instead of schedule time, which lags one behind because
     * the first hour runs at time 0; then the counter agrees with the clock on the map. The selector is not public
     * API, so it is found among the Console's components; if MASON changes, the counter just stays on time.
     */
    public static void showSteps(Console console) {
        for (JComboBox<?> box : Components.find(console.getContentPane(), JComboBox.class)) {
            if (box.getItemCount() > 1 && "Time".equals(box.getItemAt(0)) && "Steps".equals(box.getItemAt(1))) {
                box.setSelectedIndex(1);
            }
        }
    }
}
