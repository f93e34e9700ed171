package org.urbanconflict.basra.gui;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Terrain;
import org.urbanconflict.gui.Style;

/**
 * Where every name on the map goes at a given zoom, so that no two names overlap: at 1366 x 768 in presentation mode
 * a 27 px name is wider than Tamimiya or Ashar, and drawn at their centres "Tamimiya", "Ashar" and "Bridge" ran into
 * each other. Each name keeps its size (the legibility floor is the point of presentation mode) and moves instead:
 * it may stand on any cell of its own district (the river's, the highway's, or near the bridge's, for those), lying
 * down or turned upright, and the one nearest its natural place that overlaps no name already placed wins. Names
 * with the fewest places to go are placed first. This costs one pass over the map's cells per name, about 20 x 1,400
 * boxes, only when the zoom or style changes. Uses AWT's fonts and geometry but no display, so it is tested
 * headless.
 */
final class LabelPlacement {
    /** A turn that makes a horizontal name read bottom to top. */
    static final double UPRIGHT = -Math.PI / 2;
    /** The river's name follows the Shatt al-Arab, which leans a little from the vertical. */
    private static final double ALONG_RIVER = Math.PI / 2 - 0.12;
    /** Extra cost, in cells of distance, of turning a name from the way its district's shape suggests. */
    private static final double TURN_COST = 2.5;

    /**
     * A name as it is drawn.
     *
     * @param x        centre, in pixels from the map's left edge
     * @param y        centre, in pixels from the map's top edge
     * @param box      the box its glyphs and halo fill, in the same pixels
     * @param district whether it names a district (the legibility check measures those)
     */
    record Placed(String text, Font font, double x, double y, double rotation, Rectangle2D box, boolean district) {
        boolean upright() {
            return Math.abs(rotation) > 1;
        }
    }

    /** A name to place: its words, the cells it may stand on, its natural place, style and ways to lie. */
    private record Wanted(String text, boolean district, int fontStyle, double[] home, List<double[]> spots,
            double[] rotations, double[] pixels) {
    }

    private LabelPlacement() {
    }

    /**
     * Places every name of {@code map} drawn with cells of {@code cw} by {@code ch} pixels in {@code style}; the
     * halo around each name is {@link #halo}. Names keep clear of one another; a name that finds no free place (not
     * seen on the shipped map at any zoom the GUI uses) takes the place where it overlaps least.
     */
    static List<Placed> place(DistrictMap map, double cw, double ch, Style style, FontRenderContext frc) {
        double cell = Math.min(cw, ch);
        double halo = halo(cell, style);
        List<Wanted> wanted = new ArrayList<>();
        for (MapLabels.Label label : MapLabels.districts(map)) {
            int district = map.districtOf(map.cell((int) label.row(), (int) label.col()));
            double[] ways = label.upright() ? new double[] {UPRIGHT, 0} : new double[] {0, UPRIGHT};
            double along = districtFont(label, ways[0] == 0 ? label.width() : label.height(), cell, cw, style, frc);
            double across = districtFont(label, ways[1] == 0 ? label.width() : label.height(), cell, cw, style, frc);
            wanted.add(new Wanted(label.text(), true, label.stronghold() ? Font.BOLD | Font.ITALIC : Font.BOLD,
                    new double[] {label.row(), label.col()}, spots(map, c -> map.districtOf(c) == district, 0),
                    ways, new double[] {along, across}));
        }
        double small = Math.max(style.minTextPixels() * 0.8, cell * 0.62 * style.mapTextScale());
        terrain(wanted, map, Terrain.RIVER, "Shatt al-Arab", ALONG_RIVER, small, 0);
        terrain(wanted, map, Terrain.HIGHWAY, "Highway 6", UPRIGHT, small, 0);
        terrain(wanted, map, Terrain.BRIDGE, "Bridge", 0, small, 2);
        wanted.sort(Comparator.comparingInt((Wanted w) -> w.spots().size()));
        Rectangle2D area = new Rectangle2D.Double(0, 0, map.width() * cw, map.height() * ch);
        List<Placed> placed = new ArrayList<>();
        for (Wanted w : wanted) {
            placed.add(best(w, placed, area, cw, ch, halo, frc));
        }
        return placed;
    }

    /** Width of the dark outline around names, in pixels: wider in presentation mode, for a projector's glare. */
    static float halo(double cell, Style style) {
        return (float) Math.max(2.5, cell * 0.22) * (style.presentation() ? 1.3f : 1f);
    }

    private static void terrain(List<Wanted> wanted, DistrictMap map, Terrain terrain, String text, double rotation,
            double pixels, int reach) {
        MapLabels.Label natural = MapLabels.terrain(map, terrain, text);
        if (natural != null) {
            double[] home = {natural.row() - (reach > 0 ? 0.9 : 0), natural.col()};
            wanted.add(new Wanted(text, false, Font.BOLD | Font.ITALIC, home, spots(map, c -> map.terrain(c)
                    == terrain, reach), new double[] {rotation}, new double[] {pixels}));
        }
    }

    /** Centres of the cells {@code member} accepts, and of the cells within {@code reach} of them (row, col). */
    private static List<double[]> spots(DistrictMap map, IntPredicate member, int reach) {
        List<double[]> spots = new ArrayList<>();
        for (int r = 0; r < map.height(); r++) {
            for (int c = 0; c < map.width(); c++) {
                if (near(map, member, r, c, reach)) {
                    spots.add(new double[] {r + 0.5, c + 0.5});
                }
            }
        }
        return spots;
    }

    private static boolean near(DistrictMap map, IntPredicate member, int row, int col, int reach) {
        for (int r = Math.max(0, row - reach); r <= Math.min(map.height() - 1, row + reach); r++) {
            for (int c = Math.max(0, col - reach); c <= Math.min(map.width() - 1, col + reach); c++) {
                if (member.test(map.cell(r, c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Placed best(Wanted w, List<Placed> placed, Rectangle2D area, double cw, double ch, double halo,
            FontRenderContext frc) {
        Placed best = null;
        double bestCost = Double.MAX_VALUE;
        for (int way = 0; way < w.rotations().length; way++) {
            double rotation = w.rotations()[way];
            Font font = Drawing.font(w.fontStyle(), w.pixels()[way]);
            Rectangle2D shape = box(font, w.text(), rotation, halo, frc);
            List<double[]> spots = new ArrayList<>(List.of(w.home()));
            spots.addAll(w.spots());
            for (double[] spot : spots) {
                double x = spot[1] * cw;
                double y = spot[0] * ch;
                Rectangle2D box = new Rectangle2D.Double(x + shape.getX(), y + shape.getY(), shape.getWidth(),
                        shape.getHeight());
                double dr = spot[0] - w.home()[0];
                double dc = spot[1] - w.home()[1];
                double cost = Math.sqrt(dr * dr + dc * dc) + way * TURN_COST;
                if (!area.contains(box)) {
                    cost += 1_000 + outside(box, area);
                }
                for (Placed other : placed) {
                    if (other.box().intersects(box)) {
                        Rectangle2D common = other.box().createIntersection(box);
                        cost += 10_000 + common.getWidth() * common.getHeight();
                    }
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = new Placed(w.text(), font, x, y, rotation, box, w.district());
                }
            }
        }
        return best;
    }

    private static double outside(Rectangle2D box, Rectangle2D area) {
        return Math.max(0, area.getMinX() - box.getMinX()) + Math.max(0, box.getMaxX() - area.getMaxX())
                + Math.max(0, area.getMinY() - box.getMinY()) + Math.max(0, box.getMaxY() - area.getMaxY());
    }

    /** The box a name's glyphs and halo fill when drawn centred on (0, 0) and turned by {@code rotation}. */
    static Rectangle2D box(Font font, String text, double rotation, double halo, FontRenderContext frc) {
        Rectangle2D ink = font.createGlyphVector(frc, text).getVisualBounds();
        AffineTransform place = AffineTransform.getRotateInstance(rotation);
        place.translate(-ink.getCenterX(), -ink.getCenterY());
        Rectangle2D turned = place.createTransformedShape(ink).getBounds2D();
        double grow = halo / 2;
        return new Rectangle2D.Double(turned.getX() - grow, turned.getY() - grow, turned.getWidth() + 2 * grow,
                turned.getHeight() + 2 * grow);
    }

    /** A district name's size: as large as the zoom asks, shrunk to fit {@code cells} of room, not below the floor. */
    private static double districtFont(MapLabels.Label label, int cells, double cell, double cw, Style style,
            FontRenderContext frc) {
        double wanted = Math.max(style.minTextPixels(), cell * 0.8 * style.mapTextScale());
        double room = cells * cw * 0.92;
        double widthAt100 = Drawing.font(Font.BOLD, 100).getStringBounds(label.text(), frc).getWidth();
        double fitting = 100 * room / Math.max(1.0, widthAt100);
        return Math.max(style.minTextPixels(), Math.min(wanted, fitting));
    }
}
