package org.urbanconflict.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a remembered run ({@link RunMemory.Run}) on live charts as faint "ghost" lines behind the run under way:
 * the same colours at a third of their strength, thinner, and left out of the legend (the charts' header names the
 * run instead), so a what-if and the run before it can be compared on one chart.
 */
public final class Ghosts {
    private static final int DATASET = 1;

    private Ghosts() {
    }

    /** Shows {@code run} on {@code plots} (in chart order), or clears the ghosts when it is null. */
    public static void show(List<XYPlot> plots, RunMemory.Run run, float lineWidth) {
        for (int c = 0; c < plots.size(); c++) {
            XYPlot plot = plots.get(c);
            XYSeriesCollection ghosts = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            int lines = plot.getDataset(0).getSeriesCount();
            for (int i = 0; run != null && i < lines; i++) {
                XYSeries s = new XYSeries("ghost " + i, false, true);
                for (double[] p : run.points(c, i)) {
                    s.add(p[0], p[1], false);
                }
                ghosts.addSeries(s);
                renderer.setSeriesPaint(i, faint(plot.getRenderer().getSeriesPaint(i)));
                renderer.setSeriesStroke(i, new BasicStroke(Math.max(1.5f, lineWidth * 0.75f), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                renderer.setSeriesVisibleInLegend(i, false);
            }
            plot.setDataset(DATASET, ghosts);
            plot.setRenderer(DATASET, renderer);
        }
    }

    private static Paint faint(Paint paint) {
        Color c = paint instanceof Color colour ? colour : Color.GRAY;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 80);
    }
}
