package org.urbanconflict.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds Swing components by type inside MASON's windows, for the few settings MASON offers no method for (the
 * Console's step counter, a chart window's attribute panel). Costs a walk of the component tree; call it once when a
 * window is built, not per step.
 */
public final class Components {
    private Components() {
    }

    /** Every component of {@code type} under {@code root}, depth first. */
    public static <T> List<T> find(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Container inner) {
                found.addAll(find(inner, type));
            }
        }
        return found;
    }
}
