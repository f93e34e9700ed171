package org.urbanconflict.chart;

import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a calibration's weighted particles: one parameter's marginal posterior against its uniform prior, and two
 * parameters' particles in a scatter coloured by weight. Both are drawn on the prior's range, so how much the data
 * narrowed a parameter is read off the picture directly.
 */
public final class PosteriorCharts {
    /** Bins of the marginal histogram: 20 keeps a bar's weight readable for a few hundred particles. */
    static final int BINS = 20;

    private PosteriorCharts() {
    }

    /**
     * The weighted histogram of one parameter, as a density over the prior's range, with the prior's flat density as
     * a dashed line and the weighted median as a vertical line.
     */
    public static void marginal(Path png, String title, String axisLabel, double[] values, double[] weights,
            double min, double max, double median, String subtitle) throws IOException {
        double width = (max - min) / BINS;
        double[] mass = new double[BINS];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            int bin = (int) Math.floor((values[i] - min) / width);
            mass[Math.max(0, Math.min(BINS - 1, bin))] += weights[i];
            total += weights[i];
        }
        XYIntervalSeries bars = new XYIntervalSeries("posterior (weighted particles)");
        for (int b = 0; b < BINS; b++) {
            double lo = min + b * width;
            double density = total > 0 ? mass[b] / total / width : 0;
            bars.add(lo + width / 2, lo, lo + width, density, 0, density);
        }
        XYIntervalSeriesCollection histogram = new XYIntervalSeriesCollection();
        histogram.addSeries(bars);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(true);
        barRenderer.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.BLUE, 0.8));
        barRenderer.setSeriesOutlinePaint(0, ChartStyle.BACKGROUND);
        barRenderer.setSeriesOutlineStroke(0, ChartStyle.THIN);

        XYSeries flat = new XYSeries("uniform prior");
        flat.add(min, 1 / (max - min));
        flat.add(max, 1 / (max - min));
        XYLineAndShapeRenderer priorRenderer = new XYLineAndShapeRenderer(true, false);
        priorRenderer.setSeriesPaint(0, ChartStyle.VERMILLION);
        priorRenderer.setSeriesStroke(0, ChartStyle.DASHED);

        NumberAxis x = rangeAxis(axisLabel, min, max);
        NumberAxis y = Axes.numberAxis("Density");
        y.setUpperMargin(0.1);
        XYPlot plot = new XYPlot(histogram, x, y, barRenderer);
        plot.setDataset(1, new XYSeriesCollection(flat));
        plot.setRenderer(1, priorRenderer);
        plot.addDomainMarker(new ValueMarker(median, ChartStyle.BLACK, ChartStyle.LINE));
        ChartStyle.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("posterior (weighted particles)", ChartStyle.withAlpha(ChartStyle.BLUE, 0.8)));
        legend.add(line("uniform prior", ChartStyle.VERMILLION));
        legend.add(line("posterior median " + Labels.number(median), ChartStyle.BLACK));
        plot.setFixedLegendItems(legend);
        write(png, title, subtitle, plot, true);
    }

    /** Two parameters' particles, each dot coloured by its weight on the viridis scale (yellow: the heaviest). */
    public static void pair(Path png, String title, String xLabel, String yLabel, double[] x, double[] y,
            double[] weights, double[] xRange, double[] yRange, String subtitle) throws IOException {
        double heaviest = 0;
        for (double w : weights) {
            heaviest = Math.max(heaviest, w);
        }
        XYSeries dots = new XYSeries("particles", false, true);
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Heavy particles last, so they are drawn on top.
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> weights[i]));
        Paint[] paints = new Paint[x.length];
        for (int k = 0; k < order.length; k++) {
            dots.add(x[order[k]], y[order[k]]);
            paints[k] = ChartStyle.withAlpha(Viridis.colour(heaviest > 0 ? weights[order[k]] / heaviest : 0), 0.85);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int series, int item) {
                return paints[item];
            }
        };
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        NumberAxis xAxis = rangeAxis(xLabel, xRange[0], xRange[1]);
        NumberAxis yAxis = rangeAxis(yLabel, yRange[0], yRange[1]);
        XYPlot plot = new XYPlot(new XYSeriesCollection(dots), xAxis, yAxis, renderer);
        ChartStyle.stylePlot(plot);
        write(png, title, subtitle, plot, false);
    }

    /**
     * An axis over a prior's range whose tick labels keep as many decimals as the range needs: parameters such as
     * hourly hazards (1e-5) or lethalities (4e-4) would otherwise all read "0".
     */
    static NumberAxis rangeAxis(String label, double min, double max) {
        NumberAxis axis = Axes.numberAxis(label);
        axis.setRange(min, max);
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10((max - min) / 8)));
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0." + "#".repeat(Math.max(1, decimals + 1)),
                java.text.DecimalFormatSymbols.getInstance(Axes.LOCALE)));
        return axis;
    }

    static LegendItem line(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-12, 0, 12, 0),
                ChartStyle.LINE, paint);
        return item;
    }

    private static void write(Path png, String title, String subtitle, XYPlot plot, boolean legend)
            throws IOException {
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, legend);
        chart.addSubtitle(ChartStyle.subtitle(subtitle));
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
