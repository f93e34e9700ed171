package org.urbanconflict.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.urbanconflict.core.Ground;
import org.urbanconflict.core.RegionMap;

/**
 * A {@link RegionMap} drawn with Java2D: built-up cells coloured by their region's (district's) value (viridis), other
 * ground in fixed colours, region borders as thin lines, names at region centroids, and a legend panel on the right
 * ({@link MapLegend}). North is up: row 0 is drawn at the top. Knows no model: Basra's districts arrive as regions.
 */
public final class DistrictMapChart {
    static final int LEGEND_WIDTH = 300;
    private static final int MARGIN = 24;
    private static final int TITLE_HEIGHT = 64;

    static final Color WATER = new Color(0xA8D8F5);
    static final Color CROSSING = new Color(0x3C3C3C);
    static final Color ROAD = new Color(0x8C8C8C);
    static final Color OPEN = new Color(0xEDEDED);
    static final Color NO_VALUE = new Color(0xFFFFFF);
    static final Color NO_VALUE_HATCH = new Color(0xA0A0A0);
    private static final Color BORDER = new Color(0x262626);

    private DistrictMapChart() {
    }

    /**
     * Where the grid lands in an image: the top-left corner of cell (0, 0) and the side of a cell, in pixels. Cell
     * (row, col) covers {@code [x(col), x(col + 1)) x [y(row), y(row + 1))}.
     */
    public record Layout(double originX, double originY, double cellSize) {
        public int x(int col) {
            return (int) Math.round(originX + col * cellSize);
        }

        public int y(int row) {
            return (int) Math.round(originY + row * cellSize);
        }

        /** Pixel at the centre of cell (row, col). */
        public int centreX(int col) {
            return (int) Math.floor(originX + (col + 0.5) * cellSize);
        }

        public int centreY(int row) {
            return (int) Math.floor(originY + (row + 0.5) * cellSize);
        }
    }

    /** The layout of {@code map} in an image of the given size: as large as fits left of the legend, centred. */
    public static Layout layout(RegionMap map, int width, int height) {
        double areaW = width - LEGEND_WIDTH - 2.0 * MARGIN;
        double areaH = height - TITLE_HEIGHT - MARGIN;
        double cell = Math.max(1, Math.min(areaW / Math.max(1, map.width()), areaH / Math.max(1, map.height())));
        double ox = MARGIN + (areaW - cell * map.width()) / 2;
        double oy = TITLE_HEIGHT + (areaH - cell * map.height()) / 2;
        return new Layout(ox, oy, cell);
    }

    /** The fill of a built-up cell whose region has this value in [0, 1]; NaN gets the "no value" white. */
    public static Color colour(double value) {
        return Double.isNaN(value) ? NO_VALUE : Viridis.colour(value);
    }

    /** The fixed fill of a cell not shaded by value: built-up ground outside every region counts as open. */
    static Color fixedColour(Ground ground) {
        return switch (ground) {
            case WATER -> WATER;
            case CROSSING -> CROSSING;
            case ROAD -> ROAD;
            case BUILT_UP, OPEN -> OPEN;
        };
    }

    static void draw(Path png, String title, RegionMap map, double[] values, String legendLabel, int width,
            int height) throws IOException {
        BufferedImage image = ChartStyle.canvas(width, height);
        Graphics2D g = ChartStyle.graphics(image);
        try {
            drawTitle(g, title, width);
            Layout layout = layout(map, width, height);
            boolean anyMissing = drawCells(g, map, values, layout);
            drawBorders(g, map, layout);
            drawNames(g, map, layout);
            new MapLegend(legendLabel, anyMissing, map, layout.cellSize())
                    .draw(g, width - LEGEND_WIDTH, TITLE_HEIGHT + 8, LEGEND_WIDTH - MARGIN);
        } finally {
            g.dispose();
        }
        ChartStyle.write(image, png);
    }

    static void drawTitle(Graphics2D g, String title, int width) {
        g.setFont(ChartStyle.TITLE);
        g.setPaint(ChartStyle.TEXT);
        FontMetrics fm = g.getFontMetrics();
        String t = Labels.fit(title == null ? "" : title, fm, width - 2 * MARGIN, false);
        g.drawString(t, (width - fm.stringWidth(t)) / 2f, 16 + fm.getAscent());
    }

    static double value(double[] values, int region) {
        return values != null && region >= 0 && region < values.length ? values[region] : Double.NaN;
    }

    /** Fills every cell; returns whether some region cell had no value. */
    private static boolean drawCells(Graphics2D g, RegionMap map, double[] values, Layout l) {
        boolean missing = false;
        for (int cell = 0; cell < map.cellCount(); cell++) {
            int r = map.row(cell);
            int c = map.col(cell);
            Rectangle box = new Rectangle(l.x(c), l.y(r), l.x(c + 1) - l.x(c), l.y(r + 1) - l.y(r));
            Ground ground = map.ground(cell);
            int d = map.regionOf(cell);
            if (ground == Ground.BUILT_UP && d >= 0) {
                double v = value(values, d);
                g.setPaint(colour(v));
                g.fill(box);
                if (Double.isNaN(v)) {
                    missing = true;
                    hatch(g, box);
                }
            } else {
                g.setPaint(fixedColour(ground));
                g.fill(box);
            }
        }
        return missing;
    }

    static void hatch(Graphics2D g, Rectangle box) {
        Shape clip = g.getClip();
        g.clip(box);
        g.setPaint(NO_VALUE_HATCH);
        g.setStroke(new BasicStroke(1.2f));
        for (int k = -box.height; k < box.width; k += 6) {
            g.draw(new Line2D.Double(box.x + k, box.y + box.height, box.x + k + box.height, box.y));
        }
        g.setClip(clip);
    }

    /** A line wherever two neighbouring cells belong to different regions, one of them being a region. */
    private static void drawBorders(Graphics2D g, RegionMap map, Layout l) {
        g.setPaint(BORDER);
        g.setStroke(new BasicStroke(l.cellSize() >= 8 ? 1.5f : 1f));
        for (int r = 0; r < map.height(); r++) {
            for (int c = 0; c < map.width(); c++) {
                int d = map.regionOf(map.cell(r, c));
                if (c + 1 < map.width() && d != map.regionOf(map.cell(r, c + 1))) {
                    g.draw(new Line2D.Double(l.x(c + 1), l.y(r), l.x(c + 1), l.y(r + 1)));
                }
                if (r + 1 < map.height() && d != map.regionOf(map.cell(r + 1, c))) {
                    g.draw(new Line2D.Double(l.x(c), l.y(r + 1), l.x(c + 1), l.y(r + 1)));
                }
            }
        }
    }

    private record Place(String name, double x, double y, int cells, double spanPx) {
    }

    /** Region names at centroids, largest region first, nudged up or down to avoid names already placed. */
    private static void drawNames(Graphics2D g, RegionMap map, Layout l) {
        int n = map.regions().size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] count = new int[n];
        int[] minCol = new int[n];
        int[] maxCol = new int[n];
        Arrays.fill(minCol, Integer.MAX_VALUE);
        Arrays.fill(maxCol, -1);
        for (int cell = 0; cell < map.cellCount(); cell++) {
            int d = map.regionOf(cell);
            if (d >= 0 && d < n) {
                sx[d] += map.col(cell) + 0.5;
                sy[d] += map.row(cell) + 0.5;
                count[d]++;
                minCol[d] = Math.min(minCol[d], map.col(cell));
                maxCol[d] = Math.max(maxCol[d], map.col(cell));
            }
        }
        List<Place> places = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (count[d] > 0) {
                places.add(new Place(map.regions().get(d).name(), l.originX() + sx[d] / count[d] * l.cellSize(),
                        l.originY() + sy[d] / count[d] * l.cellSize(), count[d],
                        (maxCol[d] - minCol[d] + 1) * l.cellSize()));
            }
        }
        places.sort(Comparator.comparingInt(Place::cells).reversed());
        Font font = new Font("SansSerif", Font.BOLD, l.cellSize() >= 14 ? 15 : 12);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        List<Rectangle2D> taken = new ArrayList<>();
        for (Place p : places) {
            // A name wider than its region is broken into up to three lines; a line may overhang a narrow region.
            List<String> lines = p.name().contains(" ") && fm.stringWidth(p.name()) > p.spanPx()
                    ? Labels.wrap(p.name(), fm, (int) Math.max(p.spanPx(), 6 * fm.getHeight()), 3)
                    : List.of(p.name());
            double h = lines.size() * fm.getHeight();
            double w = lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
            Rectangle2D box = new Rectangle2D.Double(p.x() - w / 2, p.y() - h / 2, w, h);
            for (double shift : new double[] {-0.7, 0.7, -1.4, 1.4, -2.1, 2.1}) {
                if (taken.stream().noneMatch(box::intersects)) {
                    break;
                }
                box = new Rectangle2D.Double(p.x() - w / 2, p.y() - h / 2 + shift * fm.getHeight(), w, h);
            }
            if (taken.stream().anyMatch(box::intersects)) {
                box = new Rectangle2D.Double(p.x() - w / 2, p.y() - h / 2, w, h);
            }
            taken.add(box);
            for (int i = 0; i < lines.size(); i++) {
                String s = lines.get(i);
                haloText(g, s, p.x() - fm.stringWidth(s) / 2.0, box.getY() + i * fm.getHeight() + fm.getAscent());
            }
        }
    }

    /** Dark text with a white outline, readable on every colour of the palette. */
    static void haloText(Graphics2D g, String s, double x, double baseline) {
        TextLayout layout = new TextLayout(s, g.getFont(), g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(ChartStyle.withAlpha(Color.WHITE, 0.9));
        g.draw(outline);
        g.setPaint(ChartStyle.TEXT);
        g.fill(outline);
    }
}
