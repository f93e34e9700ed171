package org.urbanconflict.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.util.List;
import org.urbanconflict.core.Ground;
import org.urbanconflict.core.RegionMap;

/**
 * The right-hand panel of the district map: the legend label, a vertical colour bar from 0 (bottom) to 1 (top), the
 * ground swatches in the map's own words ({@link RegionMap#groundLabel}), a scale bar and a north arrow.
 */
final class MapLegend {
    private static final int BAR_WIDTH = 32;
    private static final int BAR_HEIGHT = 240;
    private static final int SWATCH = 22;

    private final String label;
    private final boolean showMissing;
    private final RegionMap map;
    private final double cellMeters;
    private final double cellPixels;

    MapLegend(String label, boolean showMissing, RegionMap map, double cellPixels) {
        this.label = label == null ? "" : label;
        this.showMissing = showMissing;
        this.map = map;
        this.cellMeters = map.cellSizeMeters();
        this.cellPixels = cellPixels;
    }

    /** Draws the panel with its top-left corner at (x, y), at most {@code width} pixels wide. */
    void draw(Graphics2D g, int x, int y, int width) {
        g.setFont(ChartStyle.LABEL_BOLD);
        g.setPaint(ChartStyle.TEXT);
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = Labels.wrap(label, fm, width, 3);
        int cy = y;
        for (String line : lines) {
            g.drawString(line, x, cy + fm.getAscent());
            cy += fm.getHeight();
        }
        cy += 12;
        cy = colourBar(g, x, cy) + 24;
        cy = swatches(g, x, cy) + 24;
        scaleAndNorth(g, x, cy, width);
    }

    private int colourBar(Graphics2D g, int x, int top) {
        for (int i = 0; i < BAR_HEIGHT; i++) {
            g.setPaint(Viridis.colour(1 - (i + 0.5) / BAR_HEIGHT));
            g.fillRect(x, top + i, BAR_WIDTH, 1);
        }
        g.setPaint(ChartStyle.NEUTRAL);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, top, BAR_WIDTH, BAR_HEIGHT);
        g.setFont(ChartStyle.TICK);
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k <= 4; k++) {
            double v = k / 4.0;
            int ty = (int) Math.round(top + (1 - v) * BAR_HEIGHT);
            g.setPaint(ChartStyle.NEUTRAL);
            g.drawLine(x + BAR_WIDTH, ty, x + BAR_WIDTH + 6, ty);
            g.setPaint(ChartStyle.TEXT);
            g.drawString(Labels.number(v), x + BAR_WIDTH + 10, ty + fm.getAscent() / 2 - 1);
        }
        return top + BAR_HEIGHT;
    }

    private int swatches(Graphics2D g, int x, int top) {
        g.setFont(ChartStyle.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        int y = top;
        if (showMissing) {
            Rectangle box = new Rectangle(x, y, SWATCH, SWATCH);
            g.setPaint(DistrictMapChart.NO_VALUE);
            g.fill(box);
            DistrictMapChart.hatch(g, box);
            y = swatchLabel(g, fm, box, "District without a value");
        }
        for (Ground ground : new Ground[] {Ground.WATER, Ground.CROSSING, Ground.ROAD, Ground.OPEN}) {
            Rectangle box = new Rectangle(x, y, SWATCH, SWATCH);
            g.setPaint(DistrictMapChart.fixedColour(ground));
            g.fill(box);
            y = swatchLabel(g, fm, box, map.groundLabel(ground));
        }
        return y;
    }

    private static int swatchLabel(Graphics2D g, FontMetrics fm, Rectangle box, String text) {
        g.setPaint(ChartStyle.NEUTRAL);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        g.setPaint(ChartStyle.TEXT);
        g.drawString(text, box.x + SWATCH + 10, box.y + (SWATCH + fm.getAscent()) / 2 - 2);
        return box.y + SWATCH + 10;
    }

    /** A scale bar of a round number of kilometres (about a third of the panel) and an arrow pointing north. */
    private void scaleAndNorth(Graphics2D g, int x, int y, int width) {
        g.setFont(ChartStyle.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        double pxPerKm = cellMeters > 0 ? cellPixels * 1000 / cellMeters : 0;
        if (pxPerKm > 0) {
            double km = 1;
            for (double k : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100}) {
                if (k * pxPerKm <= width * 0.55) {
                    km = k;
                }
            }
            int len = (int) Math.round(km * pxPerKm);
            int by = y + 10;
            g.setPaint(ChartStyle.TEXT);
            g.fillRect(x, by, len, 6);
            g.fillRect(x, by - 4, 2, 14);
            g.fillRect(x + len - 2, by - 4, 2, 14);
            g.drawString(Labels.number(km) + " km", x, by + 14 + fm.getAscent());
        }
        int ax = x + width - 40;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(ax, y);
        arrow.lineTo(ax + 10, y + 26);
        arrow.lineTo(ax, y + 20);
        arrow.lineTo(ax - 10, y + 26);
        arrow.closePath();
        g.setPaint(ChartStyle.TEXT);
        g.fill(arrow);
        g.setFont(ChartStyle.LABEL_BOLD);
        fm = g.getFontMetrics();
        g.drawString("N", ax - fm.stringWidth("N") / 2f, y + 28 + fm.getAscent());
    }
}
