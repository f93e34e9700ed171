package org.urbanconflict.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.urbanconflict.core.RegionMap;

/**
 * Every chart the batch writes, one static method each. Charts are 1200 x 750 PNG files with large type for a
 * projector, a white background and colour-blind-safe colours ({@link ChartStyle}). They are drawn off-screen (no
 * Swing), and equal input gives byte-identical files. Parent folders are created as needed.
 */
public final class Charts {
    private Charts() {
    }

    /** Median line with shaded 50% (p25–p75) and 90% (p05–p95) bands per Band, one colour per band. */
    public static void fan(Path png, String title, String yAxisLabel, FanData data) throws IOException {
        FanChart.fan(png, title, yAxisLabel, data);
    }

    /**
     * Two fan charts side by side in one PNG (e.g. baseline vs what-if), on one shared value axis, each headed by its
     * name. List the bands in the same order on both sides: a band's colour is taken from its position.
     */
    public static void fanPair(Path png, String title, String yAxisLabel, String leftName, FanData left,
            String rightName, FanData right) throws IOException {
        FanChart.pair(png, title, yAxisLabel, leftName, left, rightName, right);
    }

    /**
     * Histogram with bins of width binWidth starting at floor(min). Values that are NaN (or infinite) are not drawn but
     * counted in a subtitle: {@code missingNote} names them, e.g. "runs without a ceasefire" becomes "12 runs without a
     * ceasefire"; a note that starts with a digit is taken as it is ("12 of 100 runs without a ceasefire"); a note
     * containing {@code %d} gets the count there; null gives "12 runs without a value". More than {@value HistogramChart#MAX_BINS} bins widen the bins by a whole factor, and the subtitle says
     * so.
     *
     * @throws IllegalArgumentException if binWidth is not a positive finite number
     */
    public static void histogram(Path png, String title, String xAxisLabel, double[] values, double binWidth,
            String missingNote) throws IOException {
        HistogramChart.draw(png, title, xAxisLabel, values, binWidth, missingNote);
    }

    /** Horizontal bars of probabilities in [0,1] with interval whiskers (outcome probabilities with Wilson CIs). */
    public static void probabilities(Path png, String title, List<Estimate> items) throws IOException {
        EstimateCharts.probabilities(png, title, items);
    }

    /** Forest plot: point + CI per row, vertical zero line, rows labelled (paired differences). */
    public static void forest(Path png, String title, String axisLabel, List<Estimate> items) throws IOException {
        EstimateCharts.forest(png, title, axisLabel, items);
    }

    /**
     * The region grid, each built-up cell shaded by its region's value in [0,1] (viridis, with a colour bar), water,
     * crossings, roads and open ground in fixed colours, region names at their centroids. A region without a value
     * (index past the array's end, or NaN) is hatched. {@link DistrictMapChart#layout} and
     * {@link DistrictMapChart#colour} tell where each cell lands and what colour it gets.
     */
    public static void districtMap(Path png, String title, RegionMap map, double[] valueByRegionIndex,
            String legendLabel) throws IOException {
        districtMap(png, title, map, valueByRegionIndex, legendLabel, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** {@link #districtMap(Path, String, RegionMap, double[], String)} at another image size. */
    public static void districtMap(Path png, String title, RegionMap map, double[] valueByRegionIndex,
            String legendLabel, int width, int height) throws IOException {
        DistrictMapChart.draw(png, title, map, valueByRegionIndex, legendLabel, width, height);
    }

    /**
     * Validation scorecard: one row per target; the allowed range drawn as a shaded band (an open side runs to the end
     * of the row), the batch distribution as a box (p05/p25/median/p75/p95) on a per-row scale with the raw numbers
     * written beside, and the hit probability as text. With more than eight targets the image grows taller than 750 px
     * so that rows stay readable.
     */
    public static void scorecard(Path png, String title, List<TargetRange> targets) throws IOException {
        ScorecardChart.draw(png, title, targets, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** A metric against a swept parameter: mean line with CI error bars, points sorted by x. */
    public static void sweep(Path png, String title, String xAxisLabel, String yAxisLabel, List<SweepPoint> points)
            throws IOException {
        sweep(png, title, xAxisLabel, yAxisLabel, "Dot: mean over replicates  \u00B7  bar: 95% confidence interval",
                true, points);
    }

    /**
     * As {@link #sweep(Path, String, String, String, List)}, with the subtitle that says what a dot and a bar are, and
     * whether dots are joined by a line (not when neighbouring dots differ in other parameters too).
     */
    public static void sweep(Path png, String title, String xAxisLabel, String yAxisLabel, String subtitle,
            boolean joined, List<SweepPoint> points) throws IOException {
        SweepChart.draw(png, title, xAxisLabel, yAxisLabel, subtitle, joined, points);
    }

    /**
     * Morris screening of one metric: each parameter's μ* (x, with its 95% bootstrap interval) against σ (y),
     * labelled, with the line σ = μ*. Labels are placed so that they do not overlap where the plot has room.
     */
    public static void morris(Path png, String title, List<MorrisPoint> points) throws IOException {
        SensitivityCharts.morris(png, title, points);
    }

    /**
     * Sobol indices of one metric: first-order and total index per parameter as paired horizontal bars with their
     * 95% intervals, sorted by total index; the image grows taller beyond a dozen parameters.
     */
    public static void sobol(Path png, String title, String subtitle, List<SobolBar> bars) throws IOException {
        SensitivityCharts.sobol(png, title, subtitle, bars);
    }
}
