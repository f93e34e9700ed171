package org.urbanconflict.gui;

import javax.swing.JComboBox;
import sim.display.Console;

/** The Console's step counter, shared by the GUIs of every model. */
public final class ConsoleCounter {
    private ConsoleCounter() {
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
