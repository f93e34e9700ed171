package org.urbanconflict.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.function.Function;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.ui.RectangleEdge;

/**
 * Draws, for every row of a horizontal category plot, a whisker from {@code low} to {@code high} with end caps,
 * optionally a dot at the value on top of it, and a text with the numbers beside it on a white box (so it stays
 * readable over a bar or a grid line). Row {@code i} is the plot's i-th category.
 */
final class IntervalAnnotation extends AbstractAnnotation implements CategoryAnnotation {
    private static final long serialVersionUID = 1L;
    private static final BasicStroke WHISKER = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    private final List<Estimate> items;
    private final transient Function<Estimate, String> text;
    private final Color colour;
    private final double dotRadius;

    /** @param dotRadius radius of the dot drawn at each value, or 0 for none (when a bar shows the value) */
    IntervalAnnotation(List<Estimate> items, Function<Estimate, String> text, Color colour, double dotRadius) {
        this.items = List.copyOf(items);
        this.text = text;
        this.colour = colour;
        this.dotRadius = dotRadius;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
            ValueAxis rangeAxis) {
        RectangleEdge catEdge = plot.getDomainAxisEdge();
        RectangleEdge valEdge = plot.getRangeAxisEdge();
        double rowHeight = dataArea.getHeight() / Math.max(1, items.size());
        double cap = Math.min(22, rowHeight * 0.3);
        g2.setFont(ChartStyle.LABEL);
        FontMetrics fm = g2.getFontMetrics();
        for (int i = 0; i < items.size(); i++) {
            Estimate e = items.get(i);
            double y = domainAxis.getCategoryMiddle(i, items.size(), dataArea, catEdge);
            double lo = Double.isFinite(e.low()) ? e.low() : e.value();
            double hi = Double.isFinite(e.high()) ? e.high() : e.value();
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                continue;
            }
            double x0 = clamp(rangeAxis.valueToJava2D(Math.min(lo, hi), dataArea, valEdge), dataArea);
            double x1 = clamp(rangeAxis.valueToJava2D(Math.max(lo, hi), dataArea, valEdge), dataArea);
            g2.setPaint(colour);
            g2.setStroke(WHISKER);
            g2.draw(new Line2D.Double(x0, y, x1, y));
            if (Double.isFinite(e.low())) {
                g2.draw(new Line2D.Double(x0, y - cap / 2, x0, y + cap / 2));
            }
            if (Double.isFinite(e.high())) {
                g2.draw(new Line2D.Double(x1, y - cap / 2, x1, y + cap / 2));
            }
            if (dotRadius > 0 && Double.isFinite(e.value())) {
                double x = clamp(rangeAxis.valueToJava2D(e.value(), dataArea, valEdge), dataArea);
                g2.fill(new Ellipse2D.Double(x - dotRadius, y - dotRadius, 2 * dotRadius, 2 * dotRadius));
                x0 = Math.min(x0, x - dotRadius);
                x1 = Math.max(x1, x + dotRadius);
            }
            drawText(g2, fm, text.apply(e), x0, x1, y, dataArea);
        }
    }

    /** Right of the whisker if it fits, else left of it, else at the right edge of the plot. */
    private static final int GAP = 10;

    private static void drawText(Graphics2D g2, FontMetrics fm, String s, double x0, double x1, double y,
            Rectangle2D area) {
        int w = fm.stringWidth(s);
        double x;
        if (x1 + GAP + w + 4 <= area.getMaxX()) {
            x = x1 + GAP;
        } else if (x0 - GAP - w - 4 >= area.getMinX()) {
            x = x0 - GAP - w;
        } else {
            x = area.getMaxX() - w - 6;
        }
        double top = y - fm.getHeight() / 2.0;
        RoundRectangle2D box = new RoundRectangle2D.Double(x - 4, top - 2, w + 8, fm.getHeight() + 4, 8, 8);
        g2.setPaint(ChartStyle.withAlpha(Color.WHITE, 0.85));
        g2.fill(box);
        g2.setPaint(ChartStyle.TEXT);
        g2.drawString(s, (float) x, (float) (top + fm.getAscent()));
    }

    private static double clamp(double x, Rectangle2D area) {
        return Math.max(area.getMinX(), Math.min(area.getMaxX(), x));
    }
}
