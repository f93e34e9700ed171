package org.urbanconflict.basra.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.urbanconflict.basra.StrikeRecord;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.portrayal.DrawInfo2D;

/**
 * Coalition strikes as markers that fade over {@link #FADE_HOURS} hours: an orange burst for a US air strike, a
 * yellow ring and cross for UK artillery. Fading shows the rhythm of the strikes (few on day 4, more each day after)
 * without the map filling up with old marks.
 */
final class StrikeLayer extends MapLayer {
    static final int FADE_HOURS = 6;

    StrikeLayer(MapState state) {
        super(state);
    }

    @Override
    void drawMap(Graphics2D g, DrawInfo2D info, ConflictModel model, DistrictMap map, double cw, double ch) {
        int now = model.hour();
        List<StrikeRecord> strikes = model.fireSupport().strikes();
        for (int i = strikes.size() - 1; i >= 0; i--) {
            StrikeRecord s = strikes.get(i);
            int age = now - s.hour();
            if (age >= FADE_HOURS) {
                break;
            }
            double alpha = 1.0 - Math.max(0, age) / (double) FADE_HOURS;
            double x = info.draw.x + (map.col(s.cell()) + 0.5) * cw;
            double y = info.draw.y + (map.row(s.cell()) + 0.5) * ch;
            marker(g, s.air(), x, y, Math.max(12.0, Math.min(cw, ch) * 1.7), alpha, style.outlineWidth());
        }
    }

    /** Draws one strike marker centred on (x, y); the legend uses it too. */
    static void marker(Graphics2D g, boolean air, double x, double y, double size, double alpha, float weight) {
        float stroke = (float) Math.max(1.2, size * 0.07 * weight);
        if (air) {
            Shape burst = AgentSymbol.spikes(x, y, size, 8, 0);
            g.setColor(Drawing.colour(Palette.AIR_STRIKE, alpha));
            g.fill(burst);
            g.setColor(Drawing.colour(0x3A1A00, alpha));
            g.setStroke(new BasicStroke(stroke));
            g.draw(burst);
        } else {
            double r = size * 0.38;
            g.setColor(Drawing.colour(0x3A3000, alpha));
            g.setStroke(new BasicStroke(stroke * 2.2f));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setColor(Drawing.colour(Palette.ARTILLERY, alpha));
            g.setStroke(new BasicStroke(stroke * 1.2f));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.draw(new Line2D.Double(x - size / 2, y, x + size / 2, y));
            g.draw(new Line2D.Double(x, y - size / 2, x, y + size / 2));
        }
    }
}
