package org.urbanconflict.gui;

import java.awt.Font;
import java.awt.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * Switches every Swing font between its normal size and presentation size, for the Console, the menus, the
 * inspectors and the event log alike. The look and feel's own sizes are remembered the first time, so switching
 * back and forth never compounds.
 */
public final class Presentation {
    private static final Map<Object, FontUIResource> ORIGINAL = new HashMap<>();

    private Presentation() {
    }

    /** Sets the font defaults; call before windows are built, or follow with {@link #refresh()}. */
    public static synchronized void applyFonts(Style style) {
        if (ORIGINAL.isEmpty()) {
            for (Object key : new ArrayList<>(UIManager.getLookAndFeelDefaults().keySet())) {
                if (UIManager.get(key) instanceof FontUIResource font) {
                    ORIGINAL.put(key, font);
                }
            }
        }
        for (Map.Entry<Object, FontUIResource> entry : ORIGINAL.entrySet()) {
            Font base = entry.getValue();
            UIManager.put(entry.getKey(), new FontUIResource(base.deriveFont(base.getSize2D() * style.uiFontScale())));
        }
    }

    /** Re-lays out every open window with the current font defaults. */
    public static void refresh() {
        for (Window window : Window.getWindows()) {
            if (window.isDisplayable()) {
                SwingUtilities.updateComponentTreeUI(window);
                window.validate();
            }
        }
    }
}
