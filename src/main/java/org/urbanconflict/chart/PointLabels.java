package org.urbanconflict.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Text labels beside the points of a scatter plot, placed so that they overlap neither each other nor the dots: each
 * label, in list order (most important first), takes the first of eight positions around its point (above and below
 * first, clear of a horizontal whisker) whose box is inside the plot and free. A label with no free position falls
 * back to its short form (a number the chart's key explains), placed the same way, or at its first position when
 * nothing is free. Costs a few comparisons per pair of labels.
 */
final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final int GAP = 9;
    private static final int DOT = 7;

    /** A label at data coordinates (x, y), with the short text used where the full one does not fit. */
    record Label(String text, String shortText, double x, double y) {
    }

    private final List<Label> labels;

    PointLabels(List<Label> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
            PlotRenderingInfo info) {
        g2.setFont(ChartStyle.LABEL);
        FontMetrics fm = g2.getFontMetrics();
        List<Rectangle2D> taken = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        for (Label l : labels) {
            double px = domain.valueToJava2D(l.x(), area, plot.getDomainAxisEdge());
            double py = range.valueToJava2D(l.y(), area, plot.getRangeAxisEdge());
            at.add(new double[] {px, py});
            if (Double.isFinite(px) && Double.isFinite(py)) {
                taken.add(new Rectangle2D.Double(px - DOT, py - DOT, 2 * DOT, 2 * DOT));
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            double px = at.get(i)[0];
            double py = at.get(i)[1];
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            String text = l.text();
            Rectangle2D box = place(text, px, py, fm, area, taken);
            if (box == null) {
                text = l.shortText();
                box = place(text, px, py, fm, area, taken);
            }
            if (box == null) {
                double w = fm.stringWidth(text);
                box = new Rectangle2D.Double(Math.min(px + GAP, area.getMaxX() - w), py - fm.getHeight() / 2.0, w,
                        fm.getAscent() + fm.getDescent());
            }
            taken.add(box);
            g2.setPaint(ChartStyle.withAlpha(ChartStyle.BACKGROUND, 0.8));
            g2.fill(box);
            g2.setPaint(ChartStyle.TEXT);
            g2.drawString(text, (float) box.getX(), (float) (box.getY() + fm.getAscent()));
        }
    }

    /** The first free box for the text around (px, py), or null. */
    private static Rectangle2D place(String text, double px, double py, FontMetrics fm, Rectangle2D area,
            List<Rectangle2D> taken) {
        double w = fm.stringWidth(text);
        double h = fm.getAscent() + fm.getDescent();
        double[][] offsets = {{-w / 2, -GAP - h}, {-w / 2, GAP}, {GAP + 2, -h / 2}, {-GAP - 2 - w, -h / 2},
            {GAP, -GAP - h}, {GAP, GAP}, {-GAP - w, -GAP - h}, {-GAP - w, GAP}};
        for (double[] o : offsets) {
            Rectangle2D box = new Rectangle2D.Double(px + o[0], py + o[1], w, h);
            if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                return box;
            }
        }
        return null;
    }
}
