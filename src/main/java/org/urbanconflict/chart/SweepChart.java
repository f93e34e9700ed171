package org.urbanconflict.chart;

import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A metric's mean (or an outcome's probability) against a swept parameter, with its 95% interval as error bars. */
final class SweepChart {
    private SweepChart() {
    }

    static void draw(Path png, String title, String xAxisLabel, String yAxisLabel, String subtitle, boolean joined,
            List<SweepPoint> points) throws IOException {
        YIntervalSeries series = new YIntervalSeries("mean", false, true);
        points.stream().filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.mean()))
                .sorted(Comparator.comparingDouble(SweepPoint::x))
                .forEach(p -> series.add(p.x(), p.mean(), finiteOr(p.low(), p.mean()), finiteOr(p.high(), p.mean())));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setBaseLinesVisible(joined);
        renderer.setBaseShapesVisible(true);
        renderer.setSeriesLinesVisible(0, joined);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setErrorPaint(ChartStyle.BLUE);
        renderer.setErrorStroke(ChartStyle.THIN);
        renderer.setCapLength(14);
        renderer.setSeriesVisibleInLegend(0, false);

        NumberAxis x = Axes.numberAxis(xAxisLabel);
        x.setAutoRangeIncludesZero(false);
        // A sweep often starts at 0: keep a margin there, so that the first point and its bar are not cut in half.
        x.setAutoRangeStickyZero(false);
        x.setLowerMargin(0.04);
        x.setUpperMargin(0.04);
        NumberAxis y = Axes.numberAxis(yAxisLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(series.getItemCount() > 0 ? data : null, x, y, renderer);
        ChartStyle.stylePlot(plot);

        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        chart.addSubtitle(ChartStyle.subtitle(subtitle));
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
