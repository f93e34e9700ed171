package org.urbanconflict.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** One row of the validation scorecard; see {@link ScorecardChart}. */
final class ScorecardRow {
    static final Color STRIPE = new Color(0xF4F4F4);
    static final Color BAND = ChartStyle.withAlpha(ChartStyle.ORANGE, 0.35);
    static final Color BAND_EDGE = new Color(0xB07800);
    private static final Color BAND_TEXT = new Color(0x8A5E00);
    private static final Color BOX = ChartStyle.BLUE;

    private final TargetRange target;
    private final double[] finite;

    ScorecardRow(TargetRange target) {
        this.target = target;
        this.finite = Arrays.stream(target.values()).filter(Double::isFinite).sorted().toArray();
    }

    void draw(Graphics2D g, ScorecardChart.Columns c, int top, int rowH) {
        int mid = top + rowH / 2;
        drawLabel(g, c, mid, rowH);
        drawHit(g, c, mid);
        Double min = finiteOrNull(target.min());
        Double max = finiteOrNull(target.max());
        double[] q = finite.length == 0 ? null : quantiles();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : new double[] {min == null ? Double.NaN : min, max == null ? Double.NaN : max,
            q == null ? Double.NaN : q[0], q == null ? Double.NaN : q[4]}) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        g.setFont(ChartStyle.TICK);
        FontMetrics fm = g.getFontMetrics();
        if (lo > hi) {
            muted(g, fm, "No allowed range and no run with a value", c.trackX, mid);
            return;
        }
        double span = hi > lo ? hi - lo : Math.max(Math.abs(lo) * 0.2, 1);
        // Open sides of a one-sided range get extra room, so the band visibly runs on past the data.
        double scaleLo = lo - span * (min == null && max != null ? 0.25 : 0.1);
        double scaleHi = hi + span * (max == null && min != null ? 0.25 : 0.1);
        Scale s = new Scale(scaleLo, scaleHi, c.trackX, c.trackEnd);

        g.setPaint(ChartStyle.GRID);
        g.fillRect(c.trackX, mid - 1, c.trackEnd - c.trackX, 2);
        // The band is as tall as the row allows while leaving a text line above and below it.
        int bandH = Math.max(16, Math.min(34, rowH - 40));
        if (min != null || max != null) {
            drawBand(g, fm, s, min, max, mid, bandH);
        }
        if (q == null) {
            muted(g, fm, "No run has a value", c.trackX + 8, mid - 30);
            return;
        }
        drawBox(g, s.x(q[0]), s.x(q[1]), s.x(q[2]), s.x(q[3]), s.x(q[4]), mid, Math.min(22, bandH - 4));
        drawQuantileText(g, fm, s, q, mid - bandH / 2 - 3);
    }

    private double[] quantiles() {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(finite);
        return new double[] {p.evaluate(5), p.evaluate(25), p.evaluate(50), p.evaluate(75), p.evaluate(95)};
    }

    private void drawLabel(Graphics2D g, ScorecardChart.Columns c, int mid, int rowH) {
        g.setFont(ChartStyle.LABEL);
        FontMetrics fm = g.getFontMetrics();
        int maxLines = Math.max(1, Math.min(3, (rowH - 8) / fm.getHeight()));
        List<String> lines = Labels.wrap(target.label(), fm, c.labelWidth - 8, maxLines);
        int y = mid - lines.size() * fm.getHeight() / 2 + fm.getAscent();
        g.setPaint(ChartStyle.TEXT);
        for (String line : lines) {
            g.drawString(line, c.left + 8, y);
            y += fm.getHeight();
        }
    }

    private void drawHit(Graphics2D g, ScorecardChart.Columns c, int mid) {
        g.setFont(ChartStyle.TITLE);
        FontMetrics fm = g.getFontMetrics();
        String p = Labels.percent(target.hitProbability());
        int cx = (c.hitX + c.right) / 2;
        g.setPaint(ChartStyle.TEXT);
        g.drawString(p, cx - fm.stringWidth(p) / 2, mid + fm.getAscent() / 2 - 4);
        g.setFont(ChartStyle.TICK);
        fm = g.getFontMetrics();
        String n = "of " + target.values().length + (target.values().length == 1 ? " run" : " runs");
        g.setPaint(ChartStyle.MUTED_TEXT);
        g.drawString(n, cx - fm.stringWidth(n) / 2, mid + 10 + fm.getAscent());
    }

    /** The allowed range as a band on the track; an open side runs to the track's end and ends in an arrow head. */
    private static void drawBand(Graphics2D g, FontMetrics fm, Scale s, Double min, Double max, int mid, int h) {
        int x0 = min == null ? s.left : s.x(min);
        int x1 = max == null ? s.right : s.x(max);
        g.setPaint(BAND);
        g.fill(new Rectangle2D.Double(x0, mid - h / 2.0, Math.max(2, x1 - x0), h));
        g.setPaint(BAND_EDGE);
        int ty = mid + h / 2 + fm.getAscent() + 1;
        if (min != null) {
            g.fillRect(x0 - 1, mid - h / 2, 3, h);
        } else {
            arrow(g, x0, mid, -1);
        }
        if (max != null) {
            g.fillRect(x1 - 1, mid - h / 2, 3, h);
        } else {
            arrow(g, x1, mid, 1);
        }
        g.setPaint(BAND_TEXT);
        if (min != null && max != null && min.equals(max)) {
            String t = "= " + Labels.number(min);
            g.drawString(t, x0 - fm.stringWidth(t) / 2, ty);
            return;
        }
        if (min != null) {
            String t = (max == null ? "\u2265 " : "") + Labels.number(min);
            g.drawString(t, x0 - fm.stringWidth(t) - 3, ty);
        }
        if (max != null) {
            g.drawString((min == null ? "\u2264 " : "") + Labels.number(max), x1 + 4, ty);
        }
    }

    private static void arrow(Graphics2D g, int x, int mid, int dir) {
        Path2D a = new Path2D.Double();
        a.moveTo(x + dir * 4, mid);
        a.lineTo(x - dir * 10, mid - 9);
        a.lineTo(x - dir * 10, mid + 9);
        a.closePath();
        g.fill(a);
    }

    /** Whiskers p05–p95 with caps, a box p25–p75 and a white median line; returns the right end. */
    static int drawBox(Graphics2D g, int p05, int p25, int p50, int p75, int p95, int mid, int h) {
        g.setPaint(BOX);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Line2D.Double(p05, mid, p95, mid));
        g.draw(new Line2D.Double(p05, mid - h / 4.0, p05, mid + h / 4.0));
        g.draw(new Line2D.Double(p95, mid - h / 4.0, p95, mid + h / 4.0));
        g.fill(new Rectangle2D.Double(p25, mid - h / 2.0, Math.max(3, p75 - p25), h));
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(p50, mid - h / 2.0 + 2, p50, mid + h / 2.0 - 2));
        return p95;
    }

    /** The median above the box, and the 5th and 95th percentiles at the whisker ends if there is room. */
    private static void drawQuantileText(Graphics2D g, FontMetrics fm, Scale s, double[] q, int baseline) {
        String m = "median " + Labels.number(q[2]);
        int mw = fm.stringWidth(m);
        int mx = Math.max(s.left, Math.min(s.right - mw, s.x(q[2]) - mw / 2));
        g.setPaint(ChartStyle.TEXT);
        g.drawString(m, mx, baseline);
        g.setPaint(ChartStyle.MUTED_TEXT);
        if (q[0] < q[2]) {
            String t = Labels.number(q[0]);
            int x = s.x(q[0]) - fm.stringWidth(t) / 2;
            if (x + fm.stringWidth(t) + 8 < mx && x >= s.left - 30) {
                g.drawString(t, x, baseline);
            }
        }
        if (q[4] > q[2]) {
            String t = Labels.number(q[4]);
            int x = s.x(q[4]) - fm.stringWidth(t) / 2;
            if (x > mx + mw + 8) {
                g.drawString(t, x, baseline);
            }
        }
    }

    private static void muted(Graphics2D g, FontMetrics fm, String s, int x, int mid) {
        g.setPaint(ChartStyle.MUTED_TEXT);
        g.drawString(s, x, mid + fm.getAscent() / 2);
    }

    private static Double finiteOrNull(Double v) {
        return v != null && Double.isFinite(v) ? v : null;
    }

    /** Maps the row's values linearly onto the track's pixels. */
    private record Scale(double lo, double hi, int left, int right) {
        int x(double v) {
            return (int) Math.round(left + (v - lo) / (hi - lo) * (right - left));
        }
    }
}
