package org.urbanconflict.gui;

import java.awt.Point;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import sim.display.Display2D;

/**
 * What both models ask of a MASON display: scroll bars only when needed, zoom to fit whenever its window changes
 * size (so the map or lattice fills a projector), and inspect on a single left click, as students expect (MASON
 * itself inspects only on a double click).
 */
public final class DisplayHooks {
    private DisplayHooks() {
    }

    /** Calls {@code fit} when the display's window changes size and {@code click} with each single left click. */
    public static void fitAndClick(Display2D display, Runnable fit, Consumer<Point> click) {
        JScrollPane scroll = display.display;
        scroll.setVerticalScrollBarPolicy(JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fit.run();
            }
        });
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) {
                    click.accept(e.getPoint());
                }
            }
        });
    }
}
