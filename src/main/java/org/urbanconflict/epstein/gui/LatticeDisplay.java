package org.urbanconflict.epstein.gui;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.gui.DisplayHooks;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.grid.IntGrid2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;
import sim.util.gui.SimpleColorMap;

/**
 * The MASON display of the lattice: one colour per cell ({@link EpsteinPalette}), zoomed to fill its window, and a
 * single click inspects the citizen or cop on the cell, read-only ({@link CellInspection}), never the raw cell value
 * (which, typed into, painted an "active" cell the counts did not know).
 */
final class LatticeDisplay {
    /** The display's size at zoom 1; it zooms to fill its window. */
    private static final double SIDE = 600;

    private final Display2D display;
    private final FastValueGridPortrayal2D lattice;

    /** The lattice's portrayal: inspecting a cell shows the agent on it, read-only. */
    private static final class Lattice extends FastValueGridPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<EpsteinModel> model;

        Lattice(Supplier<EpsteinModel> model) {
            super("Cell", false);
            this.model = model;
        }

        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
            Int2D at = (Int2D) wrapper.getLocation();
            SimpleInspector inspector = new SimpleInspector(new CellInspection(model.get(), at.x, at.y), gui, null);
            inspector.setVolatile(true);
            return inspector;
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            Int2D at = (Int2D) wrapper.getLocation();
            return new CellInspection(model.get(), at.x, at.y).toString();
        }
    }

    /**
     * @param onClick called after a single click has opened the inspector of the cell under it
     */
    LatticeDisplay(GUIState gui, Supplier<EpsteinModel> model, Runnable onClick) {
        lattice = new Lattice(model);
        Color[] colours = new Color[EpsteinPalette.COLOURS.length];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = new Color(EpsteinPalette.COLOURS[i]);
        }
        lattice.setMap(new SimpleColorMap(colours));
        display = new Display2D(SIDE, SIDE, gui);
        display.setBackdrop(new Color(EpsteinPalette.COLOURS[EpsteinPalette.EMPTY]));
        display.attach(lattice, "Citizens and cops");
        DisplayHooks.fitAndClick(display, this::fitToWindow, point -> {
            display.createInspectors(new Rectangle2D.Double(point.x, point.y, 1, 1), gui);
            onClick.run();
        });
    }

    Display2D display() {
        return display;
    }

    /** Shows {@code grid} (the view's copy of the lattice) from the next paint on; call at every start and load. */
    void bind(IntGrid2D grid) {
        lattice.setField(grid);
        display.reset();
        display.repaint();
    }

    /** Zooms so the lattice fills the visible area, as large as fits. */
    private void fitToWindow() {
        Rectangle viewport = display.display.getViewport().getBounds();
        if (viewport.width >= 10 && viewport.height >= 10) {
            double scale = Math.min(viewport.width, viewport.height) / SIDE;
            display.setScale(Math.max(0.2, Math.floor(scale * 100) / 100));
        }
    }

    /** Where the lattice is drawn on screen: the display's content, centred in its viewport. */
    Rectangle onScreen() {
        double side = SIDE * display.getScale();
        Rectangle viewport = display.display.getViewport().getViewRect();
        int dx = (int) Math.max(0, (viewport.width - side) / 2);
        int dy = (int) Math.max(0, (viewport.height - side) / 2);
        Point origin = display.insideDisplay.getLocationOnScreen();
        return new Rectangle(origin.x + dx, origin.y + dy, (int) Math.min(side, viewport.width),
                (int) Math.min(side, viewport.height));
    }
}
