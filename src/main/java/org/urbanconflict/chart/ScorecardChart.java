package org.urbanconflict.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The validation scorecard, drawn with Java2D: a row per target with its name, a track on which the allowed range is
 * an orange band and the batch a blue box plot (on the row's own scale, with the raw numbers written beside), and the
 * share of runs inside the range. The image grows taller than the default when the rows would otherwise be cramped.
 */
final class ScorecardChart {
    static final int MIN_ROW = 66;
    private static final int MAX_ROW = 110;
    private static final int MARGIN = 24;
    private static final int HEADER_TOP = 64;
    private static final int ROWS_TOP = HEADER_TOP + 72;

    private ScorecardChart() {
    }

    /** Image height for {@code n} rows: the default, or taller so that every row gets {@link #MIN_ROW} pixels. */
    static int height(int n, int defaultHeight) {
        return Math.max(defaultHeight, ROWS_TOP + n * MIN_ROW + MARGIN);
    }

    static void draw(Path png, String title, List<TargetRange> targets, int width, int defaultHeight)
            throws IOException {
        int height = height(targets.size(), defaultHeight);
        BufferedImage image = ChartStyle.canvas(width, height);
        Graphics2D g = ChartStyle.graphics(image);
        try {
            DistrictMapChart.drawTitle(g, title, width);
            Columns cols = new Columns(MARGIN, 330, width - MARGIN);
            drawKey(g, cols);
            drawHeader(g, cols);
            if (targets.isEmpty()) {
                g.setFont(ChartStyle.LABEL);
                g.setPaint(ChartStyle.MUTED_TEXT);
                g.drawString("No validation targets", cols.trackX, ROWS_TOP + 40);
            }
            int rowH = targets.isEmpty() ? MIN_ROW
                    : Math.max(MIN_ROW, Math.min(MAX_ROW, (height - ROWS_TOP - MARGIN) / targets.size()));
            for (int i = 0; i < targets.size(); i++) {
                int top = ROWS_TOP + i * rowH;
                if (i % 2 == 0) {
                    g.setPaint(ScorecardRow.STRIPE);
                    g.fillRect(MARGIN, top, width - 2 * MARGIN, rowH);
                }
                new ScorecardRow(targets.get(i)).draw(g, cols, top, rowH);
            }
        } finally {
            g.dispose();
        }
        ChartStyle.write(image, png);
    }

    /** Column edges: label column from {@code left}, track from {@code trackX} to {@code trackEnd}, then the share. */
    static final class Columns {
        final int left;
        final int labelWidth;
        final int trackX;
        final int trackEnd;
        final int hitX;
        final int right;

        Columns(int left, int labelWidth, int right) {
            this.left = left;
            this.labelWidth = labelWidth;
            this.right = right;
            this.trackX = left + labelWidth + 40;
            this.hitX = right - 150;
            this.trackEnd = hitX - 60;
        }
    }

    /** One line that explains the marks, with small samples of each. */
    private static void drawKey(Graphics2D g, Columns c) {
        g.setFont(ChartStyle.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        int y = HEADER_TOP;
        int x = c.left;
        int mid = y + 11;
        g.setPaint(ScorecardRow.BAND);
        g.fill(new Rectangle2D.Double(x, y, 40, 22));
        g.setPaint(ScorecardRow.BAND_EDGE);
        g.fillRect(x, y, 3, 22);
        g.fillRect(x + 37, y, 3, 22);
        x = keyText(g, fm, "Allowed range", x + 50, mid);
        x = ScorecardRow.drawBox(g, x, x + 16, x + 34, x + 52, x + 68, mid, 20) + 10;
        x = keyText(g, fm, "Runs: box 25th\u201375th percentile, line median, whiskers 5th\u201395th", x, mid);
    }

    private static int keyText(Graphics2D g, FontMetrics fm, String s, int x, int mid) {
        g.setPaint(ChartStyle.TEXT);
        g.drawString(s, x, mid + fm.getAscent() / 2 - 2);
        return x + fm.stringWidth(s) + 28;
    }

    private static void drawHeader(Graphics2D g, Columns c) {
        g.setFont(ChartStyle.LABEL_BOLD);
        g.setPaint(ChartStyle.TEXT);
        FontMetrics fm = g.getFontMetrics();
        int base = ROWS_TOP - 12;
        g.drawString("Target", c.left + 8, base);
        String track = "Batch against target (each row on its own scale)";
        g.drawString(track, (c.trackX + c.trackEnd - fm.stringWidth(track)) / 2, base);
        String hit = "Runs in range";
        g.drawString(hit, c.hitX + (c.right - c.hitX - fm.stringWidth(hit)) / 2, base);
        g.setPaint(ChartStyle.NEUTRAL);
        g.fillRect(c.left, ROWS_TOP - 4, c.right - c.left, 2);
    }
}
