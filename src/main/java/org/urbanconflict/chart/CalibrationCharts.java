package org.urbanconflict.chart;

import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

/**
 * A calibration's progress and its effect: the tolerance and acceptance rate by generation, and each validation
 * target's hit rate under the scenario as it was against the posterior predictive (the scorecard before and after).
 */
public final class CalibrationCharts {
    private CalibrationCharts() {
    }

    /** One target's hit rates before and after; {@code label} names it. */
    public record HitRates(String label, double before, double after) {
    }

    /**
     * Tolerance (left axis) and acceptance rate (right axis, in per cent) of each generation after the first, which
     * samples the prior with no tolerance and is left out.
     */
    public static void tolerance(Path png, String title, int[] generations, double[] tolerance, double[] acceptance)
            throws IOException {
        XYSeries eps = new XYSeries("tolerance (left axis)");
        XYSeries rate = new XYSeries("acceptance rate (right axis)");
        for (int i = 0; i < generations.length; i++) {
            if (Double.isFinite(tolerance[i])) {
                eps.add(generations[i], tolerance[i]);
                rate.add(generations[i], acceptance[i]);
            }
        }
        NumberAxis x = Axes.numberAxis("Generation");
        x.setStandardTickUnits(Axes.sparse(NumberAxis.createIntegerTickUnits(Axes.LOCALE)));
        NumberAxis left = Axes.numberAxis("Tolerance (distance to the targets)");
        left.setAutoRangeIncludesZero(true);
        NumberAxis right = Axes.numberAxis("Acceptance rate");
        right.setRange(0, 1.05);
        right.setTickUnit(new NumberTickUnit(0.2, NumberFormat.getPercentInstance(Axes.LOCALE)));
        XYPlot plot = new XYPlot(new XYSeriesCollection(eps), x, left, lines(ChartStyle.BLUE));
        plot.setRangeAxis(1, right);
        plot.setDataset(1, new XYSeriesCollection(rate));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer rateLine = lines(ChartStyle.VERMILLION);
        rateLine.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRenderer(1, rateLine);
        ChartStyle.stylePlot(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        chart.addSubtitle(ChartStyle.subtitle("Each generation accepts particles within its tolerance, a quantile of "
                + "the previous generation's distances"));
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    private static XYLineAndShapeRenderer lines(java.awt.Color colour) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        return r;
    }

    /** Paired horizontal bars, one pair per target, with the percentages written at the bars' ends. */
    public static void hitRates(Path png, String title, String beforeName, String afterName, List<HitRates> rows,
            String subtitle) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HitRates r : rows) {
            String label = Labels.truncate(r.label(), 60);
            data.addValue(r.before(), beforeName, label);
            data.addValue(r.after(), afterName, label);
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.08);
        bars.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.NEUTRAL, 0.7));
        bars.setSeriesPaint(1, ChartStyle.BLUE);
        bars.setBaseItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getPercentInstance(Axes.LOCALE)));
        bars.setBaseItemLabelsVisible(true);
        bars.setBaseItemLabelFont(ChartStyle.TICK);
        bars.setBasePositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        NumberAxis axis = Axes.numberAxis("Share of runs hitting the target");
        axis.setRange(0, 1.12);
        axis.setTickUnit(new NumberTickUnit(0.2, NumberFormat.getPercentInstance(Axes.LOCALE)));
        CategoryAxis targets = new CategoryAxis(null);
        targets.setMaximumCategoryLabelLines(2);
        targets.setMaximumCategoryLabelWidthRatio(0.3f);
        targets.setCategoryMargin(0.25);
        targets.setTickMarksVisible(false);
        CategoryPlot plot = new CategoryPlot(rows.isEmpty() ? null : data, targets, axis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.stylePlot(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        chart.addSubtitle(ChartStyle.subtitle(subtitle));
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
