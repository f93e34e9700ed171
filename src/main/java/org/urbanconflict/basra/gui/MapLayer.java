package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.Style;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * A layer drawn over the district grid: the map lines, the strikes and the names. It draws nothing before a model
 * is bound, smooths its lines, and is told the size of one map cell on screen, so each layer only draws its own
 * shapes.
 */
abstract class MapLayer extends FieldPortrayal2D {
    protected final MapState state;
    protected Style style = Style.NORMAL;

    MapLayer(MapState state) {
        this.state = state;
    }

    void setStyle(Style style) {
        this.style = style;
    }

    @Override
    public final void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ConflictModel model = state.model();
        if (model == null) {
            return;
        }
        DistrictMap map = model.territory().map();
        RenderingHints old = Drawing.smooth(g);
        try {
            drawMap(g, info, model, map, info.draw.width / map.width(), info.draw.height / map.height());
        } finally {
            g.setRenderingHints(old);
        }
    }

    /** Draws the layer; {@code cw} and {@code ch} are the width and height of one map cell in pixels. */
    abstract void drawMap(Graphics2D g, DrawInfo2D info, ConflictModel model, DistrictMap map, double cw,
            double ch);
}
