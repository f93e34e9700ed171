package org.urbanconflict.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fan charts: per band, the median as a line over a darker 50% band (p25–p75) and a lighter 90% band (p05–p95).
 * Hours with a NaN quantile are skipped; a single replicate collapses the bands onto the line.
 */
final class FanChart {
    private static final double INNER_ALPHA = 0.35;
    private static final double OUTER_ALPHA = 0.15;

    private FanChart() {
    }

    static void fan(Path png, String title, String yAxisLabel, FanData data) throws IOException {
        NumberAxis range = Axes.numberAxis(yAxisLabel);
        XYPlot plot = plot(data, range);
        plot.setFixedLegendItems(legend(data.bands()));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * Two fans side by side on one shared value axis, each headed by its name. Bands with the same position in both
     * lists get the same colour, so list them in the same order.
     */
    static void pair(Path png, String title, String yAxisLabel, String leftName, FanData left, String rightName,
            FanData right) throws IOException {
        NumberAxis range = Axes.numberAxis(yAxisLabel);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(range);
        combined.setGap(28);
        combined.add(headed(plot(left, null), leftName), 1);
        combined.add(headed(plot(right, null), rightName), 1);
        List<Band> longer = left.bands().size() >= right.bands().size() ? left.bands() : right.bands();
        combined.setFixedLegendItems(legend(longer));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, combined, true);
        ChartStyle.apply(chart);
        for (Object sub : combined.getSubplots()) {
            ChartStyle.stylePlot((XYPlot) sub);
            headingStyle((XYPlot) sub);
        }
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** A plot of one fan; {@code range} is null for a subplot, which takes the combined plot's axis. */
    private static XYPlot plot(FanData data, NumberAxis range) {
        YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        XYSeriesCollection medians = new XYSeriesCollection();
        List<Band> bands = data.bands();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            // Series keys must be unique within a collection; the index keeps equal labels apart.
            String key = b + ":" + band.label();
            YIntervalSeries in = new YIntervalSeries(key, false, true);
            YIntervalSeries out = new YIntervalSeries(key, false, true);
            XYSeries median = new XYSeries(key, false, true);
            int n = Math.min(band.length(), data.times().size());
            for (int h = 0; h < n; h++) {
                double mid = band.p50()[h];
                double x = data.stepAxis() != null ? h : Axes.millis(data.times().get(h));
                if (Double.isFinite(mid)) {
                    median.add(x, mid);
                }
                if (finite(mid, band.p25()[h], band.p75()[h])) {
                    in.add(x, mid, Math.min(band.p25()[h], mid), Math.max(band.p75()[h], mid));
                }
                if (finite(mid, band.p05()[h], band.p95()[h])) {
                    out.add(x, mid, Math.min(band.p05()[h], mid), Math.max(band.p95()[h], mid));
                }
            }
            inner.addSeries(in);
            outer.addSeries(out);
            medians.addSeries(median);
        }
        XYPlot plot = new XYPlot(null, data.stepAxis() != null ? stepAxis(data.stepAxis())
                : Axes.dateAxis(data.times()), range, null);
        // The default rendering order, REVERSE, draws dataset 2 first: all pale 90% bands, then all 50% bands, then
        // every median line, so that no band hides another band's median.
        plot.setDataset(0, medians);
        plot.setRenderer(0, medianRenderer(bands.size()));
        plot.setDataset(1, inner);
        plot.setRenderer(1, bandRenderer(bands.size(), INNER_ALPHA));
        plot.setDataset(2, outer);
        plot.setRenderer(2, bandRenderer(bands.size(), OUTER_ALPHA));
        ChartStyle.stylePlot(plot);
        return plot;
    }

    /** The x axis of undated rows: whole step numbers. */
    private static NumberAxis stepAxis(String label) {
        NumberAxis axis = Axes.numberAxis(label);
        axis.setStandardTickUnits(Axes.sparse(NumberAxis.createIntegerTickUnits(Axes.LOCALE)));
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    private static XYLineAndShapeRenderer medianRenderer(int count) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
            r.setSeriesStroke(i, ChartStyle.LINE);
            r.setSeriesVisibleInLegend(i, false);
        }
        return r;
    }

    /** Fills between the low and high values only; the medians are drawn by their own renderer. */
    private static DeviationRenderer bandRenderer(int count, double alpha) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setAlpha((float) alpha);
        for (int i = 0; i < count; i++) {
            Color c = ChartStyle.series(i);
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesVisibleInLegend(i, false);
        }
        return r;
    }

    /**
     * One line item per band, then two swatches that explain the shading (grey unless there is only one band); no
     * swatches when no band has any spread.
     */
    static LegendItemCollection legend(List<Band> bands) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        for (int b = 0; b < bands.size(); b++) {
            String label = Labels.truncate(bands.get(b).label(), 40);
            if (bands.size() == 1) {
                label = label.isEmpty() ? "Median" : label + " (median)";
            }
            items.add(new LegendItem(label, null, null, null, line, ChartStyle.LINE, ChartStyle.series(b)));
        }
        if (bands.stream().allMatch(FanChart::collapsed)) {
            return items;
        }
        Rectangle2D box = new Rectangle2D.Double(-10, -7, 20, 14);
        Color shade = bands.size() == 1 ? ChartStyle.series(0) : new Color(0x404040);
        // The inner band is seen over the outer one, so its swatch is about as dark as both together.
        items.add(new LegendItem("Middle 50% of runs", null, null, null, box,
                ChartStyle.withAlpha(shade, INNER_ALPHA + OUTER_ALPHA)));
        items.add(new LegendItem("Middle 90% of runs", null, null, null, box,
                ChartStyle.withAlpha(shade, OUTER_ALPHA + 0.03)));
        return items;
    }

    /** Puts the panel name above the plot, as the label of a secondary domain axis with nothing else drawn. */
    private static XYPlot headed(XYPlot plot, String name) {
        // About as many characters as fit over half the image at the heading size.
        NumberAxis top = new NumberAxis(Labels.truncate(name, 48));
        top.setTickLabelsVisible(false);
        top.setTickMarksVisible(false);
        top.setAxisLineVisible(false);
        plot.setDomainAxis(1, top);
        plot.setDomainAxisLocation(1, AxisLocation.TOP_OR_LEFT);
        return plot;
    }

    private static void headingStyle(XYPlot plot) {
        NumberAxis top = (NumberAxis) plot.getDomainAxis(1);
        top.setLabelFont(ChartStyle.LABEL_BOLD.deriveFont(18f));
    }

    /** Whether the band has no spread at any hour (one replicate, or a deterministic quantity). */
    private static boolean collapsed(Band band) {
        for (int h = 0; h < band.length(); h++) {
            if (band.p95()[h] > band.p05()[h] || band.p75()[h] > band.p25()[h]) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(double a, double b, double c) {
        return Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c);
    }
}
