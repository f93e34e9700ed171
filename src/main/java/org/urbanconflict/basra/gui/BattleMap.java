package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.DisplayHooks;
import org.urbanconflict.gui.Style;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.urbanconflict.gui.TextMark;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.grid.SparseGridPortrayal2D;

/**
 * The MASON display of Basra: blocks by control, district lines, strikes, units and militia cells, names, and the
 * clock-and-legend panel beside the map, as layers the Layers menu can hide. The display zooms to fit its window
 * (so the map fills a projector), and keeps MASON's own camera (PNG snapshot) and movie buttons.
 */
final class BattleMap {
    /**
     * Pixels per cell and width of the legend panel at zoom 1; the display scales both together. Presentation mode
     * widens the panel so its larger text still fits two entries to a row.
     */
    static final double CELL = 18;
    static final double LEGEND = 260;
    static final double PRESENTATION_LEGEND = 380;
    /** Room around the map, so symbols on the edge rows are not cut off. */
    static final double MARGIN = 8;

    private final Display2D display;
    private final ControlLayer control;
    private final MapLinesLayer lines;
    private final StrikeLayer strikes;
    private final SparseGridPortrayal2D forces = new SparseGridPortrayal2D();
    private final AgentSymbol symbol;
    private final LabelLayer labels;
    private final LegendLayer legend;
    private final double mapWidth;
    private final double mapHeight;
    private double legendWidth = LEGEND;

    /**
     * @param onClick receives the units and militia cells under a single left click (empty for an empty block), so
     *                one click inspects, as students expect; MASON itself inspects only on a double click
     */
    BattleMap(GUIState gui, MapState state, DistrictMap map, Consumer<List<Object>> onClick) {
        mapWidth = map.width() * CELL + 2 * MARGIN;
        mapHeight = map.height() * CELL + 2 * MARGIN;
        display = new Display2D(mapWidth + LEGEND, mapHeight, gui);
        display.setBackdrop(Drawing.colour(Palette.BACKDROP));
        control = new ControlLayer(state);
        lines = new MapLinesLayer(state);
        strikes = new StrikeLayer(state);
        symbol = new AgentSymbol(state);
        labels = new LabelLayer(state);
        legend = new LegendLayer(state);
        forces.setPortrayalForClass(GovernmentUnit.class, symbol);
        forces.setPortrayalForClass(MilitiaCell.class, symbol);
        attachLayers();
        DisplayHooks.fitAndClick(display, this::fitToWindow, point -> onClick.accept(agentsAt(point)));
    }

    /** The units and militia cells drawn under a point of the display. */
    List<Object> agentsAt(Point point) {
        List<Object> agents = new ArrayList<>();
        for (Bag hits : display.objectsHitBy(point)) {
            for (Object hit : hits) {
                Object agent = hit instanceof LocationWrapper w ? w.getObject() : hit;
                if ((agent instanceof GovernmentUnit || agent instanceof MilitiaCell) && !agents.contains(agent)) {
                    agents.add(agent);
                }
            }
        }
        return agents;
    }

    /** The scenario, "modified" and seed line the legend panel shows at its top. */
    void setRunLabel(String label) {
        legend.setRunLabel(label);
        display.repaint();
    }

    /** The text the last paint drew (district names, clock, legend), in screen pixels. */
    List<TextMark> textMarks() {
        java.awt.Point origin = display.insideDisplay.getLocationOnScreen();
        List<TextMark> marks = new ArrayList<>();
        for (TextMark m : labels.marks()) {
            marks.add(m.moved(origin.x, origin.y));
        }
        for (TextMark m : legend.marks()) {
            marks.add(m.moved(origin.x, origin.y));
        }
        return marks;
    }

    /** Attaches the layers in drawing order (the Layers menu lists them); again when the legend changes width. */
    private void attachLayers() {
        display.detatchAll();
        display.insideDisplay.width = mapWidth + legendWidth;
        Rectangle2D.Double mapArea = new Rectangle2D.Double(MARGIN, MARGIN, mapWidth - 2 * MARGIN,
                mapHeight - 2 * MARGIN);
        display.attach(control, "Control of blocks", mapArea);
        display.attach(lines, "District borders, river, highway", mapArea);
        display.attach(forces, "Units and militia cells", mapArea);
        display.attach(strikes, "Coalition strikes", mapArea);
        display.attach(labels, "Names", mapArea);
        display.attach(legend, "Clock and legend", new Rectangle2D.Double(mapWidth, 0, legendWidth, mapHeight));
    }

    Display2D display() {
        return display;
    }

    /** Width over height of the map and legend together, to size the window around them. */
    double aspectRatio() {
        return (mapWidth + legendWidth) / mapHeight;
    }

    /** Points the layers at the current fields and reschedules the display; call at every start and load. */
    void bind(MapState state) {
        control.bind();
        forces.setField(state.agents());
        display.reset();
        display.repaint();
    }

    /** Zooms so the map and legend fill the visible area, as large as fits. */
    void fitToWindow() {
        Rectangle view = display.display.getViewport().getBounds();
        if (view.width < 10 || view.height < 10) {
            return;
        }
        double scale = Math.min(view.width / (mapWidth + legendWidth), view.height / mapHeight);
        display.setScale(Math.max(0.2, Math.floor(scale * 100) / 100));
    }

    void setStyle(Style style) {
        double wanted = style.presentation() ? PRESENTATION_LEGEND : LEGEND;
        if (wanted != legendWidth) {
            legendWidth = wanted;
            attachLayers();
            fitToWindow();
        }
        lines.setStyle(style);
        symbol.setStyle(style);
        strikes.setStyle(style);
        labels.setStyle(style);
        legend.setStyle(style);
        display.repaint();
    }

    /** Picks an agent out on the map, as a click would. */
    void select(Object agent) {
        display.performSelection(forces.getWrapper(agent));
        display.repaint();
    }

    /**
     * Where an agent first on its block is drawn (its block's centre moved by {@link AgentSymbol#UNIT_OFFSET} or
     * {@link AgentSymbol#CELL_OFFSET}), in the display's own coordinates (where a click lands), or null if the agent
     * is not on the map; the self-check clicks there.
     */
    Point pointOf(Object agent) {
        sim.util.Int2D at = forces.getField() instanceof sim.field.grid.SparseGrid2D grid
                ? grid.getObjectLocation(agent) : null;
        if (at == null) {
            return null;
        }
        double scale = display.getScale();
        Rectangle view = display.display.getViewport().getViewRect();
        int dx = (int) Math.max(0, (view.width - (mapWidth + legendWidth) * scale) / 2);
        int dy = (int) Math.max(0, (view.height - mapHeight * scale) / 2);
        double shift = agent instanceof MilitiaCell ? AgentSymbol.CELL_OFFSET : AgentSymbol.UNIT_OFFSET;
        return new Point(dx + (int) Math.round((MARGIN + (at.x + 0.5 + shift) * CELL) * scale),
                dy + (int) Math.round((MARGIN + (at.y + 0.5 + shift) * CELL) * scale));
    }

    /** Where the map is on screen, for checking screenshots. */
    Rectangle mapOnScreen() {
        return onScreen(0, mapWidth);
    }

    /** Where the clock and legend panel is on screen. */
    Rectangle legendOnScreen() {
        return onScreen(mapWidth, legendWidth);
    }

    private Rectangle onScreen(double x, double width) {
        double scale = display.getScale();
        Rectangle view = display.display.getViewport().getViewRect();
        double contentWidth = (mapWidth + legendWidth) * scale;
        double contentHeight = mapHeight * scale;
        int dx = (int) Math.max(0, (view.width - contentWidth) / 2);
        int dy = (int) Math.max(0, (view.height - contentHeight) / 2);
        Point origin = display.insideDisplay.getLocationOnScreen();
        return new Rectangle(origin.x + dx + (int) (x * scale), origin.y + dy, (int) (width * scale),
                (int) contentHeight);
    }
}
