package org.urbanconflict.basra.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Terrain;
import sim.portrayal.DrawInfo2D;

/**
 * The lines that make the grid read as a city: district borders, ripples on the Shatt al-Arab and the centre line of
 * Highway 6. Drawn over the control colours and under the units; nothing here can be clicked.
 */
final class MapLinesLayer extends MapLayer {
    MapLinesLayer(MapState state) {
        super(state);
    }

    @Override
    void drawMap(Graphics2D g, DrawInfo2D info, ConflictModel model, DistrictMap map, double cw, double ch) {
        river(g, info, map, cw, ch);
        highway(g, info, map, cw, ch);
        borders(g, info, map, cw, ch);
    }

    private void borders(Graphics2D g, DrawInfo2D info, DistrictMap map, double cw, double ch) {
        g.setColor(Drawing.colour(Palette.DISTRICT_BORDER, 0.85));
        g.setStroke(new BasicStroke((float) Math.max(1.0, cw * 0.08 * style.outlineWidth()), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        Line2D.Double line = new Line2D.Double();
        for (int r = 0; r < map.height(); r++) {
            for (int c = 0; c < map.width(); c++) {
                int here = map.districtOf(map.cell(r, c));
                double x = info.draw.x + c * cw;
                double y = info.draw.y + r * ch;
                if (c + 1 < map.width() && differ(here, map.districtOf(map.cell(r, c + 1)))) {
                    line.setLine(x + cw, y, x + cw, y + ch);
                    g.draw(line);
                }
                if (r + 1 < map.height() && differ(here, map.districtOf(map.cell(r + 1, c)))) {
                    line.setLine(x, y + ch, x + cw, y + ch);
                    g.draw(line);
                }
            }
        }
    }

    /** A border runs between two districts, or between a district and open ground, but not across open ground. */
    private static boolean differ(int a, int b) {
        return a != b && (a >= 0 || b >= 0);
    }

    private void river(Graphics2D g, DrawInfo2D info, DistrictMap map, double cw, double ch) {
        g.setColor(Drawing.colour(0xFFFFFF, 0.28));
        g.setStroke(new BasicStroke((float) Math.max(1.0, cw * 0.07)));
        for (int cell = 0; cell < map.cellCount(); cell++) {
            if (map.terrain(cell) != Terrain.RIVER) {
                continue;
            }
            double x = info.draw.x + map.col(cell) * cw;
            double y = info.draw.y + map.row(cell) * ch;
            Path2D.Double wave = new Path2D.Double();
            double mid = y + ch * ((map.row(cell) + map.col(cell)) % 2 == 0 ? 0.35 : 0.65);
            wave.moveTo(x + cw * 0.15, mid);
            wave.quadTo(x + cw * 0.35, mid - ch * 0.18, x + cw * 0.5, mid);
            wave.quadTo(x + cw * 0.65, mid + ch * 0.18, x + cw * 0.85, mid);
            g.draw(wave);
        }
    }

    private void highway(Graphics2D g, DrawInfo2D info, DistrictMap map, double cw, double ch) {
        g.setColor(Drawing.colour(0xF4D03F, 0.9));
        float dash = (float) Math.max(2.0, ch * 0.35);
        g.setStroke(new BasicStroke((float) Math.max(1.0, cw * 0.08), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {dash, dash}, 0f));
        Line2D.Double line = new Line2D.Double();
        for (int cell = 0; cell < map.cellCount(); cell++) {
            if (map.terrain(cell) == Terrain.HIGHWAY) {
                double x = info.draw.x + (map.col(cell) + 0.5) * cw;
                double y = info.draw.y + map.row(cell) * ch;
                line.setLine(x, y, x, y + ch);
                g.draw(line);
            }
        }
    }
}
