package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Terrain;

/**
 * Where the names go on the map, in cell units (row and column of the label's centre, fractional). A district's
 * name sits at the centre of its cells, or, if that point falls outside the district (an L-shaped one), on the
 * district's cell nearest to it. Headless, so a test can check every label lands inside its district.
 */
public final class MapLabels {
    /**
     * A name on the map.
     *
     * @param row        row of the label's centre (0.5 is the middle of the top row)
     * @param col        column of the label's centre
     * @param stronghold whether the district is a Mahdi Army stronghold (drawn in italics)
     * @param width      width of the district's bounding box, in cells, so the label can be fitted or turned
     * @param height     height of the district's bounding box, in cells
     */
    public record Label(String text, double row, double col, boolean stronghold, int width, int height) {
        /** Whether the label reads better turned upright: a tall, narrow district like Five Mile. */
        public boolean upright() {
            return height >= 2 * width;
        }
    }

    private MapLabels() {
    }

    public static List<Label> districts(DistrictMap map) {
        List<Label> labels = new ArrayList<>();
        for (District d : map.districts()) {
            double[] centre = centre(map, c -> map.districtOf(c) == d.index());
            if (centre == null) {
                continue;
            }
            int inside = nearest(map, centre, c -> map.districtOf(c) == d.index());
            boolean centreInside = map.districtOf(map.cell((int) centre[0], (int) centre[1])) == d.index();
            double row = centreInside ? centre[0] : map.row(inside) + 0.5;
            double col = centreInside ? centre[1] : map.col(inside) + 0.5;
            int[] box = box(map, d.index());
            labels.add(new Label(shortName(d.name()), row, col, d.stronghold(), box[1], box[0]));
        }
        return labels;
    }

    /** The middle of the terrain's cells, e.g. where "Highway 6" or "Bridge" goes; null if the map has none. */
    public static Label terrain(DistrictMap map, Terrain terrain, String text) {
        double[] centre = centre(map, c -> map.terrain(c) == terrain);
        if (centre == null) {
            return null;
        }
        int cell = nearest(map, centre, c -> map.terrain(c) == terrain);
        return new Label(text, map.row(cell) + 0.5, map.col(cell) + 0.5, false, 1, 1);
    }

    /** "Hayaniya (Hay al-Husayn)" is "Hayaniya" on the map; the inspector and the About page give the full name. */
    public static String shortName(String name) {
        int bracket = name.indexOf(" (");
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    /** Rows and columns spanned by a district: {height, width}. */
    private static int[] box(DistrictMap map, int district) {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int c = 0; c < map.cellCount(); c++) {
            if (map.districtOf(c) == district) {
                top = Math.min(top, map.row(c));
                bottom = Math.max(bottom, map.row(c));
                left = Math.min(left, map.col(c));
                right = Math.max(right, map.col(c));
            }
        }
        return new int[] {bottom - top + 1, right - left + 1};
    }

    private static double[] centre(DistrictMap map, IntPredicate member) {
        double rows = 0;
        double cols = 0;
        int n = 0;
        for (int c = 0; c < map.cellCount(); c++) {
            if (member.test(c)) {
                rows += map.row(c) + 0.5;
                cols += map.col(c) + 0.5;
                n++;
            }
        }
        return n == 0 ? null : new double[] {rows / n, cols / n};
    }

    private static int nearest(DistrictMap map, double[] point, IntPredicate member) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < map.cellCount(); c++) {
            if (member.test(c)) {
                double dr = map.row(c) + 0.5 - point[0];
                double dc = map.col(c) + 0.5 - point[1];
                double distance = dr * dr + dc * dc;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
        }
        return best;
    }
}
