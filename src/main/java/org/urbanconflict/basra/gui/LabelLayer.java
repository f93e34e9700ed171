package org.urbanconflict.basra.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.TextMark;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.portrayal.DrawInfo2D;

/**
 * The names on the map: districts (strongholds in italics), the Shatt al-Arab, Highway 6 and the bridge. Drawn on
 * top of everything else, white on a dark halo, so they read over any colour and any crowd of units. Font sizes
 * follow the zoom, with a floor so names stay legible on a small screen; {@link LabelPlacement} moves names that
 * would overlap, and is asked again only when the map, the zoom or the style changes.
 */
final class LabelLayer extends MapLayer {

    private List<LabelPlacement.Placed> placed = List.of();
    private DistrictMap placedMap;
    private double placedCw;
    private double placedCh;
    private Style placedStyle;

    /** The names drawn by the last paint, in display pixels, for the picture's legibility check. */
    private final List<TextMark> marks = new ArrayList<>();

    LabelLayer(MapState state) {
        super(state);
    }

    synchronized List<TextMark> marks() {
        return List.copyOf(marks);
    }

    @Override
    synchronized void drawMap(Graphics2D g, DrawInfo2D info, ConflictModel model, DistrictMap map, double cw,
            double ch) {
        if (map != placedMap || cw != placedCw || ch != placedCh || style != placedStyle) {
            placed = LabelPlacement.place(map, cw, ch, style, g.getFontRenderContext());
            placedMap = map;
            placedCw = cw;
            placedCh = ch;
            placedStyle = style;
        }
        marks.clear();
        int[] area = {(int) info.draw.x, (int) info.draw.y, (int) info.draw.width, (int) info.draw.height};
        float halo = LabelPlacement.halo(Math.min(cw, ch), style);
        for (LabelPlacement.Placed name : placed) {
            Rectangle2D ink = Drawing.haloText(g, name.text(), info.draw.x + name.x(), info.draw.y + name.y(),
                    name.font(), Palette.LABEL_TEXT, Palette.LABEL_HALO, halo, name.rotation());
            double in = halo / 2.0;
            marks.add(new TextMark(name.district() ? "district" : "ground", name.text(), (int) Math.floor(ink.getX()
                    + in), (int) Math.floor(ink.getY() + in), (int) Math.ceil(ink.getWidth() - 2 * in) + 1,
                    (int) Math.ceil(ink.getHeight() - 2 * in) + 1, Palette.LABEL_TEXT, area, name.upright()));
        }
    }
}
