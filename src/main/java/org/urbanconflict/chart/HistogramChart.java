package org.urbanconflict.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A histogram of one value per run. Bins have width {@code binWidth} and start at {@code floor(min)}; values that are
 * not finite (a run without a ceasefire, say) are counted in a subtitle instead of a bar.
 */
final class HistogramChart {
    /** More bins than this are unreadable; the width is then widened by a whole factor (and the subtitle says so). */
    static final int MAX_BINS = 400;

    private HistogramChart() {
    }

    static void draw(Path png, String title, String xAxisLabel, double[] values, double binWidth, String missingNote)
            throws IOException {
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("binWidth must be a positive number, was " + binWidth);
        }
        double[] v = values == null ? new double[0] : values;
        int missing = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            } else {
                missing++;
            }
        }
        int present = v.length - missing;
        double width = binWidth;
        XYIntervalSeries series = new XYIntervalSeries("runs");
        if (present > 0) {
            double start = Math.floor(min);
            int factor = (int) Math.ceil((max - start) / binWidth / MAX_BINS);
            width = binWidth * Math.max(1, factor);
            int bins = (int) Math.floor((max - start) / width) + 1;
            int[] counts = new int[bins];
            for (double x : v) {
                if (Double.isFinite(x)) {
                    counts[Math.min(bins - 1, (int) Math.floor((x - start) / width))]++;
                }
            }
            for (int i = 0; i < bins; i++) {
                double lo = start + i * width;
                series.add(lo + width / 2, lo, lo + width, counts[i], 0, counts[i]);
            }
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);

        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setSeriesOutlineStroke(0, ChartStyle.THIN);
        renderer.setSeriesVisibleInLegend(0, false);

        NumberAxis x = Axes.numberAxis(xAxisLabel);
        x.setAutoRangeIncludesZero(false);
        if (present > 0) {
            // Ticks on multiples of the bin width, so that they fall on bin edges when the width divides 1.
            int bins = series.getItemCount();
            x.setTickUnit(new NumberTickUnit(tickUnit(width, bins), new DecimalFormat("#,##0.####",
                    DecimalFormatSymbols.getInstance(Axes.LOCALE))));
        }
        NumberAxis y = Axes.numberAxis("Runs (count)");
        y.setStandardTickUnits(Axes.sparse(NumberAxis.createIntegerTickUnits(Axes.LOCALE)));
        y.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(present > 0 ? dataset : null, x, y, renderer);
        ChartStyle.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);

        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        chart.addSubtitle(ChartStyle.subtitle(subtitle(v.length, present, missing, width, binWidth, missingNote)));
        ChartStyle.apply(chart);
        ChartStyle.write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** A whole multiple of the bin width that gives at most about a dozen ticks. */
    static double tickUnit(double width, int bins) {
        for (int k : new int[] {1, 2, 4, 5, 10, 20, 40, 50, 100, 200, 400, 500}) {
            if (bins <= 12 * k) {
                return width * k;
            }
        }
        return width * 1000;
    }

    /** E.g. "100 runs, bins of 0.25 · 12 runs without a ceasefire (not shown)". */
    static String subtitle(int total, int present, int missing, double width, double requested, String missingNote) {
        StringBuilder s = new StringBuilder();
        s.append(total).append(total == 1 ? " run" : " runs");
        if (present > 0) {
            s.append(", bins of ").append(Labels.number(width));
            if (width != requested) {
                s.append(" (widened from ").append(Labels.number(requested)).append(')');
            }
        }
        if (missing > 0) {
            s.append("  \u00B7  ").append(missingText(missing, missingNote)).append(" (not shown)");
        }
        return s.toString();
    }

    /**
     * The note for {@code n} runs without a value. A note that starts with a digit already holds the count and is kept
     * ("12 of 100 runs without a ceasefire"); a note containing {@code %d} gets the count there; any other note is
     * prefixed with it ("runs without a ceasefire" becomes "12 runs without a ceasefire").
     */
    static String missingText(int n, String note) {
        if (note == null || note.isBlank()) {
            return n + (n == 1 ? " run" : " runs") + " without a value";
        }
        String s = note.strip();
        if (Character.isDigit(s.charAt(0))) {
            return s;
        }
        if (s.contains("%d")) {
            return s.replace("%d", Integer.toString(n));
        }
        return n + " " + s;
    }
}
