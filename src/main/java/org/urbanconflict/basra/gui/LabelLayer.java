package org.urbanconflict.basra.gui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.gui.TextMark;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Terrain;
import sim.portrayal.DrawInfo2D;

/**
 * The names on the map: districts (strongholds in italics), the Shatt al-Arab, Highway 6 and the bridge. Drawn on
 * top of everything else, white on a dark halo, so they read over any colour and any crowd of units. Font sizes
 * follow the zoom, with a floor so names stay legible on a small screen.
 */
final class LabelLayer extends MapLayer {

    private DistrictMap labelledMap;
    private List<MapLabels.Label> districts = List.of();
    private final MapLabels.Label[] terrain = new MapLabels.Label[3];

    /** The district names drawn by the last paint, in display pixels, for the picture's legibility check. */
    private final List<TextMark> marks = new ArrayList<>();

    LabelLayer(MapState state) {
        super(state);
    }

    synchronized List<TextMark> marks() {
        return List.copyOf(marks);
    }

    @Override
    synchronized void drawMap(Graphics2D g, DrawInfo2D info, ConflictModel model, DistrictMap map, double cw, double ch) {
        if (map != labelledMap) {
            labelledMap = map;
            districts = MapLabels.districts(map);
            terrain[0] = MapLabels.terrain(map, Terrain.RIVER, "Shatt al-Arab");
            terrain[1] = MapLabels.terrain(map, Terrain.HIGHWAY, "Highway 6");
            terrain[2] = MapLabels.terrain(map, Terrain.BRIDGE, "Bridge");
        }
        marks.clear();
        int[] area = {(int) info.draw.x, (int) info.draw.y, (int) info.draw.width, (int) info.draw.height};
        double cell = Math.min(cw, ch);
        float halo = (float) Math.max(2.5, cell * 0.22) * (style.presentation() ? 1.3f : 1f);
        for (MapLabels.Label label : districts) {
            double pixels = fit(g, label, cell, cw);
            Font font = Drawing.font(label.stronghold() ? Font.BOLD | Font.ITALIC : Font.BOLD, pixels);
            double half = font.getStringBounds(label.text(), g.getFontRenderContext()).getWidth() / 2 + halo;
            double cx = label.upright() ? x(info, label, cw) : Math.max(info.draw.x + half, Math.min(info.draw.x
                    + info.draw.width - half, x(info, label, cw)));
            Rectangle2D ink = Drawing.haloText(g, label.text(), cx, y(info, label, ch), font,
                    Palette.LABEL_TEXT, Palette.LABEL_HALO, halo, label.upright() ? -Math.PI / 2 : 0);
            double in = halo / 2.0;
            marks.add(new TextMark("district", label.text(), (int) Math.floor(ink.getX() + in), (int) Math.floor(
                    ink.getY() + in), (int) Math.ceil(ink.getWidth() - 2 * in) + 1, (int) Math.ceil(ink.getHeight()
                    - 2 * in) + 1, Palette.LABEL_TEXT, area, label.upright()));
        }
        Font small = Drawing.font(Font.BOLD | Font.ITALIC,
                Math.max(style.minTextPixels() * 0.8, cell * 0.62 * style.mapTextScale()));
        draw(g, info, terrain[0], small, cw, ch, halo, Math.PI / 2 - 0.12);
        draw(g, info, terrain[1], small, cw, ch, halo, -Math.PI / 2);
        draw(g, info, terrain[2], small, cw, ch, halo, 0);
    }

    private void draw(Graphics2D g, DrawInfo2D info, MapLabels.Label label, Font font, double cw, double ch,
            float halo, double rotation) {
        if (label != null) {
            double dy = label.text().equals("Bridge") ? -ch * 0.9 : 0;
            Drawing.haloText(g, label.text(), x(info, label, cw), y(info, label, ch) + dy, font, 0xFFFFFF,
                    0x10202E, halo, rotation);
        }
    }

    /** A font size that fits the label inside its district, but not below the legibility floor. */
    private double fit(Graphics2D g, MapLabels.Label label, double cell, double cw) {
        double wanted = Math.max(style.minTextPixels(), cell * 0.8 * style.mapTextScale());
        double room = (label.upright() ? label.height() : label.width()) * cw * 0.92;
        Font probe = Drawing.font(Font.BOLD, 100);
        double widthAt100 = probe.getStringBounds(label.text(), g.getFontRenderContext()).getWidth();
        double fitting = 100 * room / Math.max(1.0, widthAt100);
        return Math.max(style.minTextPixels(), Math.min(wanted, fitting));
    }

    private static double x(DrawInfo2D info, MapLabels.Label label, double cw) {
        return info.draw.x + label.col() * cw;
    }

    private static double y(DrawInfo2D info, MapLabels.Label label, double ch) {
        return info.draw.y + label.row() * ch;
    }
}
