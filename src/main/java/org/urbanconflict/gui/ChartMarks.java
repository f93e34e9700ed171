package org.urbanconflict.gui;

import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.AxisEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.title.LegendTitle;

/**
 * Where a chart drew its title, legend and tick labels on screen, read from the entities JFreeChart records while
 * painting (a title's and an axis's area), for the picture's {@link TextMark}s. Call after the chart panel has been
 * painted; a panel that scales its chart (smaller than its minimum drawing size) is measured as drawn.
 */
public final class ChartMarks {
    private ChartMarks() {
    }

    /** The text marks of {@code panel}'s chart, in screen pixels. */
    public static List<TextMark> of(ChartPanel panel) {
        List<TextMark> marks = new ArrayList<>();
        ChartRenderingInfo info = panel.getChartRenderingInfo();
        EntityCollection entities = info == null ? null : info.getEntityCollection();
        if (entities == null || !panel.isShowing()) {
            return marks;
        }
        JFreeChart chart = panel.getChart();
        Point at = panel.getLocationOnScreen();
        Insets insets = panel.getInsets();
        double sx = panel.getScaleX();
        double sy = panel.getScaleY();
        int[] within = {at.x, at.y, panel.getWidth(), panel.getHeight()};
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            ChartEntity entity = entities.getEntity(i);
            String kind = null;
            if (entity instanceof TitleEntity t) {
                kind = t.getTitle() == chart.getTitle() ? "title" : t.getTitle() instanceof LegendTitle ? "chartLegend"
                        : null;
            } else if (entity instanceof AxisEntity a) {
                kind = a.getAxis() == chart.getXYPlot().getDomainAxis() ? "xTicks" : "yTicks";
            }
            if (kind != null) {
                Rectangle r = entity.getArea().getBounds();
                // Tick labels centre on the ticks at the ends of the axis, so they stick out of its area by half
                // a label: widen the box along the axis by that much (not more: the legend sits just above, and
                // the value labels just left of the time axis, so that box grows to the right only).
                int grow = Math.round(chart.getXYPlot().getRangeAxis().getTickLabelFont().getSize2D());
                if (kind.equals("yTicks")) {
                    r.grow(0, Math.round(grow * 0.4f));
                } else if (kind.equals("xTicks")) {
                    r.width += grow * 2;
                }
                Rectangle box = new Rectangle(at.x + insets.left + (int) Math.floor(r.x * sx), at.y + insets.top
                        + (int) Math.floor(r.y * sy), (int) Math.ceil(r.width * sx), (int) Math.ceil(r.height * sy))
                        .intersection(new Rectangle(within[0], within[1], within[2], within[3]));
                marks.add(new TextMark(kind, title, box.x, box.y, box.width, box.height, ChartLook.INK, within,
                        false));
            }
        }
        return marks;
    }
}
