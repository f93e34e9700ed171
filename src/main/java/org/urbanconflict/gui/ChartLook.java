package org.urbanconflict.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleInsets;

/**
 * How every live chart of both GUIs looks in a {@link Style}: title, tick labels and legend in one sans-serif font
 * at the style's sizes and in dark ink (the checker measures them on the saved picture), thick lines, and a value
 * axis that starts at zero and never shows the nonsense range JFreeChart gives an empty series.
 */
public final class ChartLook {
    /** Ink of all chart text; the legibility check looks for this colour. */
    public static final int INK = 0x202020;

    private ChartLook() {
    }

    /** Applies the style's fonts and line widths to {@code chart}, whose first dataset has {@code lines} series. */
    public static void apply(JFreeChart chart, Style style, int lines) {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(style.chartFontSize());
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(style.chartSmallFontSize());
        Color ink = new Color(INK);
        chart.setPadding(new RectangleInsets(2, 2, 2, style.chartSmallFontSize() * 1.2));
        chart.getTitle().setFont(title);
        chart.getTitle().setPaint(ink);
        XYPlot plot = chart.getXYPlot();
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setTickLabelFont(small);
            axis.setTickLabelPaint(ink);
            axis.setLabelFont(small);
            axis.setLabelPaint(ink);
        }
        XYItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < lines; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(style.chartLineWidth(), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title sub = chart.getSubtitle(i);
            if (sub instanceof LegendTitle legend) {
                legend.setItemFont(small);
                legend.setItemPaint(ink);
            }
        }
    }

    /**
     * Sets the value axis from zero to a round number above every line of the plot (ghost lines too), with at
     * least {@code least}.
     */
    public static void fitValues(XYPlot plot, double least) {
        double max = Double.NaN;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) instanceof XYSeriesCollection data) {
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    XYSeries s = data.getSeries(i);
                    if (s.getItemCount() > 0) {
                        max = Double.isNaN(max) ? s.getMaxY() : Math.max(max, s.getMaxY());
                    }
                }
            }
        }
        double[] range = AxisRange.of(max, least);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (axis.getLowerBound() != range[0] || axis.getUpperBound() != range[1]) {
            axis.setRange(range[0], range[1]);
        }
    }
}
