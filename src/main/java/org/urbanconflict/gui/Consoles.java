package org.urbanconflict.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ActionListener;
import javax.swing.JComboBox;
import javax.swing.JTabbedPane;
import sim.display.Console;
import sim.display.GUIState;

/** MASON's Console as every model's GUI opens it: sized beside the model's windows, counting steps. */
public final class Consoles {
    private Consoles() {
    }

    /** An open Console and the screen layout it was placed by, for placing the model's own windows. */
    public record Opened(ClassroomConsole console, WindowLayout layout) {
    }

    /**
     * Applies the style's fonts, then opens a Console for {@code gui} on the right of the usable screen, counting
     * steps. Building the Console calls {@code gui.init}, so the model's windows exist when this returns.
     */
    public static Opened open(GUIState gui, Style style) {
        Presentation.applyFonts(style);
        ClassroomConsole console = new ClassroomConsole(gui);
        console.setNewMenuAllowed(false);
        console.setIncrementSeedOnStop(false);
        withoutCheckpointOpening(console);
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
     * Disables the Console's File → Open: it reads a checkpoint with Java's object deserialisation, which runs
     * whatever code a crafted file carries, so opening a file from the internet could take over the machine.
     * Saving stays; runs are reproduced from their scenario and seed, which is safe to share.
     */
    public static void withoutCheckpointOpening(Console console) {
        for (javax.swing.JMenuItem item : openItems(console)) {
            for (ActionListener listener : item.getActionListeners()) {
                item.removeActionListener(listener);
            }
            item.setEnabled(false);
            item.setToolTipText("Off: a checkpoint file can carry code that runs when it is read. Load a"
                    + " scenario from the Scenario menu instead.");
        }
    }

    /** The Console's menu items that open a file ("Open..."), which {@link #withoutCheckpointOpening} turns off. */
    public static java.util.List<javax.swing.JMenuItem> openItems(Console console) {
        java.util.List<javax.swing.JMenuItem> found = new java.util.ArrayList<>();
        javax.swing.JMenuBar bar = console.getJMenuBar();
        for (int m = 0; bar != null && m < bar.getMenuCount(); m++) {
            javax.swing.JMenu menu = bar.getMenu(m);
            for (int i = 0; menu != null && i < menu.getItemCount(); i++) {
                javax.swing.JMenuItem item = menu.getItem(i);
                if (item != null && item.getText() != null && item.getText().startsWith("Open")) {
                    found.add(item);
                }
            }
        }
        return found;
    }

    /** Shows the Console's Inspectors tab and brings the Console in front of the other windows. */
    public static void showInspectors(Console console) {
        JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Inspectors".equals(tabs.getTitleAt(i))) {
                tabs.setSelectedIndex(i);
            }
        }
        bringForward(console);
    }

    /** Shows the Console in front of the model's windows, for when it waits behind them on a narrow screen. */
    public static void bringForward(Console console) {
        console.setVisible(true);
        console.toFront();
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
