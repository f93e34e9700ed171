package org.urbanconflict.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One row per estimate, top to bottom in list order: outcome probabilities as bars, paired differences as a forest
 * plot. Both draw the confidence interval as a whisker and print the numbers beside it.
 */
final class EstimateCharts {
    private static final int MAX_LABEL = 90;

    private EstimateCharts() {
    }

    /** Rows keyed by position, so two estimates with the same label stay two rows. */
    private record Row(int index, String label) implements Comparable<Row> {
        @Override
        public int compareTo(Row o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static void probabilities(Path png, String title, List<Estimate> items) throws IOException {
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.12);
        bars.setItemMargin(0);
        bars.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.SKY_BLUE, 0.85));

        NumberAxis axis = Axes.numberAxis("Probability (share of runs)");
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getPercentInstance(Axes.LOCALE)));

        CategoryPlot plot = plot(items, axis, bars);
        plot.addAnnotation(new IntervalAnnotation(items, e -> Labels.percent(e.value())
                + interval(Labels.percent(e.low()), Labels.percent(e.high()), "\u2013"), ChartStyle.BLACK, 0));
        write(png, title, "Bar: probability  \u00B7  whisker: 95% confidence interval", plot, ChartStyle.HEIGHT);
    }

    static void forest(Path png, String title, String axisLabel, List<Estimate> items) throws IOException {
        // The annotation draws the dots, over the whiskers; the renderer draws nothing.
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, false);

        NumberAxis axis = Axes.numberAxis(axisLabel);
        double lo = 0;
        double hi = 0;
        for (Estimate e : items) {
            for (double v : new double[] {e.value(), e.low(), e.high()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double pad = hi > lo ? (hi - lo) * 0.08 : 1;
        // Room on the right for the numbers printed beside each whisker.
        axis.setRange(lo - pad, hi + pad + (hi - lo) * 0.5);

        CategoryPlot plot = plot(items, axis, dots);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.NEUTRAL, ChartStyle.DASHED));
        plot.addAnnotation(new IntervalAnnotation(items, e -> signed(e.value())
                + interval(signed(e.low()), signed(e.high()), " to "), ChartStyle.BLUE, 8));
        write(png, title, "Dot: estimate  \u00B7  line: 95% confidence interval  \u00B7  dashed: no difference",
                plot, height(items.size()));
    }

    /** Pixels each row of a forest plot needs for a two-line label; fewer squeeze the labels into each other. */
    static final int MIN_ROW = 44;
    /** Pixels of the title, subtitle and axis around the rows. */
    private static final int FRAME = 170;

    /**
     * Image height for {@code rows} rows: the default, or taller so that every row gets {@link #MIN_ROW} pixels (the
     * April scenario's comparison has two dozen headline metrics; the March scenarios' keep the default height).
     */
    static int height(int rows) {
        return Math.max(ChartStyle.HEIGHT, FRAME + rows * MIN_ROW);
    }

    private static CategoryPlot plot(List<Estimate> items, NumberAxis axis, CategoryItemRenderer renderer) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < items.size(); i++) {
            Estimate e = items.get(i);
            data.addValue(Double.isFinite(e.value()) ? e.value() : null, "estimate",
                    new Row(i, Labels.truncate(e.label(), MAX_LABEL)));
        }
        CategoryAxis rows = new CategoryAxis(null);
        rows.setMaximumCategoryLabelLines(3);
        rows.setMaximumCategoryLabelWidthRatio(0.35f);
        rows.setCategoryMargin(0.25);
        rows.setLowerMargin(0.04);
        rows.setUpperMargin(0.04);
        rows.setTickMarksVisible(false);
        rows.setCategoryLabelPositionOffset(12);
        renderer.setSeriesVisibleInLegend(0, false);
        CategoryPlot plot = new CategoryPlot(items.isEmpty() ? null : data, rows, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.stylePlot(plot);
        return plot;
    }

    private static void write(Path png, String title, String subtitle, CategoryPlot plot, int height)
            throws IOException {
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        chart.addSubtitle(ChartStyle.subtitle(subtitle));
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, height);
    }

    /** "  (low–high)", or "  (up to high)" / "  (from low)" when one bound is missing (written as an en dash). */
    private static String interval(String low, String high, String sep) {
        boolean noLow = "\u2013".equals(low);
        boolean noHigh = "\u2013".equals(high);
        if (noLow && noHigh) {
            return "";
        }
        return "  (" + (noLow ? "up to " + high : noHigh ? "from " + low : low + sep + high) + ")";
    }

    private static String signed(double v) {
        String s = Labels.number(v);
        return v > 0 ? "+" + s : s.replace('-', '\u2212');
    }
}
