package org.urbanconflict.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.urbanconflict.chart.Charts;
import org.urbanconflict.chart.Estimate;
import org.urbanconflict.chart.FanData;
import org.urbanconflict.chart.TargetRange;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.RegionMap;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * Draws a batch folder's charts from its files alone ({@code runs.csv}, {@code timeseries.csv.gz}), so
 * {@code urbanconflict chart DIR} can redraw them at any time: fan charts over time, the histogram of the
 * ceasefire day, outcome probabilities, the district map and the validation scorecard.
 */
public final class BatchCharts {
    private BatchCharts() {
    }

    public static void draw(Path dir, ChartPlan plan, List<ValidationTarget> targets, RunTable table,
            List<String> labelColumns) throws IOException {
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Path series = dir.resolve("timeseries.csv.gz");
        if (Files.exists(series)) {
            List<FanData> fans = FanReader.read(series, plan.fans());
            for (int i = 0; i < fans.size(); i++) {
                ChartPlan.Fan fan = plan.fans().get(i);
                Charts.fan(charts.resolve(fan.file() + ".png"), fan.title() + " (median, 50% and 90% of "
                        + FanReader.runsDrawn(table.size()) + ")", fan.yAxisLabel(), fans.get(i));
            }
        }
        if (plan.histogramMetric() != null && table.has(plan.histogramMetric())) {
            double[] values = table.column(plan.histogramMetric());
            long missing = Arrays.stream(values).filter(Double::isNaN).count();
            Charts.histogram(charts.resolve(plan.histogramMetric().replace('_', '-') + ".png"),
                    "Distribution of the " + plan.histogramLabel().split(" \\(")[0] + " over " + table.size()
                            + " runs", plan.histogramLabel(), values, 1.0,
                    missing == 0 ? null : missing + " of " + table.size() + " runs " + plan.missingNote());
        }
        Charts.probabilities(charts.resolve("outcomes.png"), "Outcome probabilities (95% Wilson intervals, "
                + table.size() + " runs)", outcomeEstimates(table, plan.outcomeClasses()));
        if (plan.map() != null) {
            double[] shares = new double[plan.map().regions().size()];
            for (RegionMap.Region r : plan.map().regions()) {
                String column = plan.mapMetricPrefix() + r.id().replace('-', '_');
                shares[r.index()] = table.has(column) ? mean(table.column(column)) : Double.NaN;
            }
            Charts.districtMap(charts.resolve("district-map.png"), plan.mapTitle(), plan.map(), shares,
                    "probability");
        }
        if (!targets.isEmpty()) {
            Charts.scorecard(charts.resolve("scorecard.png"), "Validation scorecard: target ranges against "
                    + table.size() + " runs", scorecardRows(table, targets));
        }
    }

    static List<Estimate> outcomeEstimates(RunTable table, List<String> classes) {
        TreeSet<String> all = new TreeSet<>(classes);
        String[] outcomes = table.outcomes();
        all.addAll(Arrays.asList(outcomes));
        List<Estimate> estimates = new ArrayList<>();
        for (String c : all) {
            long count = Arrays.stream(outcomes).filter(c::equals).count();
            Statistics.Proportion p = Statistics.wilson(count, outcomes.length);
            estimates.add(new Estimate(c.replace('_', ' '), p.p(), p.low(), p.high()));
        }
        return estimates;
    }

    /**
     * One row per condition of each target, each with the share of runs inside that row's own range (a run without
     * a value is outside it, as {@link ValidationTarget.Condition#holds} judges it). A target with several conditions
     * is hit only when all hold, so its rows can each show more than the target's own hit rate, which summary.json
     * reports.
     */
    static List<TargetRange> scorecardRows(RunTable table, List<ValidationTarget> targets) {
        List<TargetRange> rows = new ArrayList<>();
        for (ValidationTarget t : targets) {
            for (ValidationTarget.Condition c : t.conditions()) {
                if (!table.has(c.metric())) {
                    continue;
                }
                double[] values = table.column(c.metric());
                double inRange = values.length == 0 ? Double.NaN
                        : (double) Arrays.stream(values).filter(c::holds).count() / values.length;
                String label = t.conditions().size() == 1 ? t.id() : t.id() + ": " + c.metric();
                rows.add(new TargetRange(label, c.min(), c.max(), values, inRange));
            }
        }
        return rows;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
