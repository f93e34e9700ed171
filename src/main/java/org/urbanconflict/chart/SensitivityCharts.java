package org.urbanconflict.chart;

import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The two sensitivity charts: Morris's μ* against σ (one labelled dot per parameter, with the bootstrap interval of μ*
 * as a horizontal whisker and the line σ = μ*; where a cluster leaves no room for a name, the dot gets its rank, and a
 * key beside the plot lists every parameter by rank), and Sobol's first-order and total indices as paired horizontal
 * bars with their intervals, parameters sorted by total index.
 */
final class SensitivityCharts {
    private static final BasicStroke WHISKER = new BasicStroke(2f);

    private SensitivityCharts() {
    }

    static void morris(Path png, String title, List<MorrisPoint> points) throws IOException {
        List<MorrisPoint> shown = points.stream().filter(p -> Double.isFinite(p.muStar()) && Double.isFinite(
                p.sigma())).sorted(Comparator.comparingDouble(MorrisPoint::muStar).reversed()).toList();
        XYIntervalSeries series = new XYIntervalSeries("parameters");
        double top = 0;
        for (MorrisPoint p : shown) {
            double lo = Double.isFinite(p.low()) ? p.low() : p.muStar();
            double hi = Double.isFinite(p.high()) ? p.high() : p.muStar();
            series.add(p.muStar(), lo, hi, p.sigma(), p.sigma(), p.sigma());
            top = Math.max(top, Math.max(hi, p.sigma()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setBaseLinesVisible(false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setErrorPaint(ChartStyle.withAlpha(ChartStyle.BLUE, 0.6));
        renderer.setErrorStroke(ChartStyle.THIN);
        renderer.setCapLength(10);
        renderer.setSeriesVisibleInLegend(0, false);

        NumberAxis x = Axes.numberAxis("\u03BC* (mean absolute elementary effect, per whole range)");
        NumberAxis y = Axes.numberAxis("\u03C3 (standard deviation of the effects)");
        double upper = top > 0 ? top * 1.15 : 1;
        x.setRange(0, upper);
        y.setRange(0, upper);
        XYPlot plot = new XYPlot(shown.isEmpty() ? null : data, x, y, renderer);
        ChartStyle.stylePlot(plot);
        plot.addAnnotation(new XYLineAnnotation(0, 0, upper, upper, ChartStyle.DASHED, ChartStyle.NEUTRAL));
        List<PointLabels.Label> labels = new ArrayList<>();
        List<String> key = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            MorrisPoint p = shown.get(i);
            labels.add(new PointLabels.Label(p.label(), Integer.toString(i + 1), p.muStar(), p.sigma()));
            key.add(String.format(java.util.Locale.ROOT, "%2d  %s", i + 1, Labels.truncate(p.label(), 36)));
        }
        plot.addAnnotation(new PointLabels(labels));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        chart.addSubtitle(ChartStyle.subtitle("Right: matters more  \u00B7  up: interacts or is non-linear  \u00B7  "
                + "whisker: 95% interval of \u03BC*  \u00B7  dashed: \u03C3 = \u03BC*"));
        ChartStyle.apply(chart);
        int height = Math.max(ChartStyle.HEIGHT, 140 + KEY_LINE * key.size());
        BufferedImage image = ChartStyle.canvas(ChartStyle.WIDTH + KEY_WIDTH, height);
        Graphics2D g = ChartStyle.graphics(image);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, height));
            drawKey(g, key, ChartStyle.WIDTH, height);
        } finally {
            g.dispose();
        }
        ChartStyle.write(image, png);
    }

    /** Width of the key beside a Morris chart, and the height of one of its lines, in pixels. */
    private static final int KEY_WIDTH = 360;
    private static final int KEY_LINE = 24;

    /** The key: every parameter by rank, the number a crowded dot carries, in a column right of the chart. */
    private static void drawKey(Graphics2D g, List<String> key, int left, int height) {
        g.setPaint(ChartStyle.TEXT);
        g.setFont(ChartStyle.LABEL_BOLD);
        int y = 110;
        g.drawString("By \u03BC*, most important first", left, y);
        g.setFont(ChartStyle.LABEL);
        for (String line : key) {
            y += KEY_LINE;
            g.drawString(line, left, y);
        }
    }

    static void sobol(Path png, String title, String subtitle, List<SobolBar> bars) throws IOException {
        List<SobolBar> sorted = bars.stream().sorted(Comparator.comparingDouble((SobolBar b) -> Double.isFinite(
                b.total()) ? b.total() : Double.NEGATIVE_INFINITY).reversed()).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] low = new double[2][sorted.size()];
        double[][] high = new double[2][sorted.size()];
        double max = 1;
        double min = 0;
        for (int i = 0; i < sorted.size(); i++) {
            SobolBar b = sorted.get(i);
            data.addValue(finite(b.first()), "first order S1", b.label());
            data.addValue(finite(b.total()), "total ST", b.label());
            low[0][i] = b.firstLow();
            high[0][i] = b.firstHigh();
            low[1][i] = b.totalLow();
            high[1][i] = b.totalHigh();
            for (double v : new double[] {b.first(), b.firstLow(), b.total(), b.totalHigh(), b.firstHigh()}) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
            }
        }
        Whiskers renderer = new Whiskers(low, high);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.06);
        renderer.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.SKY_BLUE, 0.9));
        renderer.setSeriesPaint(1, ChartStyle.withAlpha(ChartStyle.VERMILLION, 0.85));

        CategoryAxis rows = new CategoryAxis(null);
        rows.setMaximumCategoryLabelLines(2);
        rows.setMaximumCategoryLabelWidthRatio(0.35f);
        rows.setCategoryMargin(0.25);
        rows.setTickMarksVisible(false);
        NumberAxis axis = Axes.numberAxis("index (share of the output's variance)");
        // Indices belong in [0, 1]; a small sample can stray far outside, so the axis stops at [-1, 2] and whiskers
        // are cut at its ends.
        axis.setRange(Math.max(-1, Math.min(0, min - 0.02)), Math.min(2, Math.max(1, max + 0.02)));
        CategoryPlot plot = new CategoryPlot(sorted.isEmpty() ? null : data, rows, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.NEUTRAL, ChartStyle.THIN));
        ChartStyle.stylePlot(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        chart.addSubtitle(ChartStyle.subtitle(subtitle));
        ChartStyle.apply(chart);
        int height = Math.max(ChartStyle.HEIGHT, 220 + 48 * sorted.size());
        ChartStyle.write(chart, png, ChartStyle.WIDTH, height);
    }

    private static double clamp(double x, Rectangle2D area) {
        return Math.max(area.getMinX(), Math.min(area.getMaxX(), x));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Bars with a whisker from low to high drawn over each, where both are known. */
    private static final class Whiskers extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final double[][] low;
        private final double[][] high;

        Whiskers(double[][] low, double[][] high) {
            this.low = low;
            this.high = high;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            double lo = low[row][column];
            double hi = high[row][column];
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                return;
            }
            double middle = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column)
                    + state.getBarWidth() / 2;
            double x0 = clamp(rangeAxis.valueToJava2D(lo, dataArea, plot.getRangeAxisEdge()), dataArea);
            double x1 = clamp(rangeAxis.valueToJava2D(hi, dataArea, plot.getRangeAxisEdge()), dataArea);
            double cap = Math.min(10, state.getBarWidth() * 0.4);
            g2.setPaint(ChartStyle.TEXT);
            g2.setStroke(WHISKER);
            g2.draw(new Line2D.Double(x0, middle, x1, middle));
            g2.draw(new Line2D.Double(x0, middle - cap, x0, middle + cap));
            g2.draw(new Line2D.Double(x1, middle - cap, x1, middle + cap));
        }
    }
}
