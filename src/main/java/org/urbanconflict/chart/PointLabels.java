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
 * Text labels beside the points of a scatter plot, placed so that they do not overlap: each label, in list order (put
 * the most important first), takes the first of eight positions around its point (above and below first, clear of a horizontal whisker) whose box is inside the plot and
 * clear of the labels already placed, or its first position when none is. Costs a few comparisons per label pair.
 */
final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final int GAP = 9;

    /** A label at data coordinates (x, y). */
    record Label(String text, double x, double y) {
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
        List<Rectangle2D> placed = new ArrayList<>();
        for (Label l : labels) {
            if (!Double.isFinite(l.x()) || !Double.isFinite(l.y())) {
                continue;
            }
            double px = domain.valueToJava2D(l.x(), area, plot.getDomainAxisEdge());
            double py = range.valueToJava2D(l.y(), area, plot.getRangeAxisEdge());
            double w = fm.stringWidth(l.text());
            double h = fm.getAscent() + fm.getDescent();
            double[][] offsets = {{-w / 2, -GAP - h}, {-w / 2, GAP}, {GAP, -h / 2}, {-GAP - w, -h / 2},
                {GAP, -GAP - h}, {GAP, GAP}, {-GAP - w, -GAP - h}, {-GAP - w, GAP}};
            Rectangle2D chosen = null;
            for (double[] o : offsets) {
                Rectangle2D box = new Rectangle2D.Double(px + o[0], py + o[1], w, h);
                if (area.contains(box) && placed.stream().noneMatch(box::intersects)) {
                    chosen = box;
                    break;
                }
            }
            if (chosen == null) {
                chosen = new Rectangle2D.Double(Math.min(px + GAP, area.getMaxX() - w), py - h / 2, w, h);
            }
            placed.add(chosen);
            g2.setPaint(ChartStyle.withAlpha(ChartStyle.BACKGROUND, 0.8));
            g2.fill(chosen);
            g2.setPaint(ChartStyle.TEXT);
            g2.drawString(l.text(), (float) chosen.getX(), (float) (chosen.getY() + fm.getAscent()));
        }
    }
}
