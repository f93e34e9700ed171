package org.urbanconflict.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Paired differences between two batches run on the same replicate seeds (common random numbers): for each metric,
 * the mean of B − A over runs with the same index, with a t interval; for each outcome class and validation target,
 * the change in probability, with Newcombe's interval for paired proportions ({@link Statistics#pairedDifference}).
 * Pairing removes the seed-to-seed noise the two scenarios share, so intervals are much narrower than for
 * independent samples.
 */
public final class Comparison {
    /** One row of the comparison. */
    public record Row(String kind, String name, int n, double meanA, double meanB, double difference, double sd,
            double low, double high) {
    }

    private Comparison() {
    }

    /**
     * Compares two batches; target rows are named by the ids in {@code targetIds} (runs.csv turns the hyphens of an
     * id into underscores), and target columns not among them keep their column name. Every class in
     * {@code outcomeClasses} gets a row, as in a batch's summary, even one that no run of either batch ended in.
     */
    public static List<Row> compare(RunTable a, RunTable b, List<String> targetIds, List<String> outcomeClasses) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the two batches have " + a.size() + " and " + b.size()
                    + " runs; a paired comparison needs the same replicates");
        }
        if (!Arrays.equals(a.column("seed"), b.column("seed"))) {
            throw new IllegalArgumentException("the two batches were not run on the same seeds");
        }
        List<Row> rows = new ArrayList<>();
        for (String metric : a.metricColumns(List.of())) {
            if (b.has(metric)) {
                rows.add(paired("metric", metric, a.column(metric), b.column(metric)));
            }
        }
        TreeSet<String> classes = new TreeSet<>(outcomeClasses);
        classes.addAll(Arrays.asList(a.outcomes()));
        classes.addAll(Arrays.asList(b.outcomes()));
        for (String c : classes) {
            rows.add(pairedProbability("outcome", c, indicator(a.outcomes(), c), indicator(b.outcomes(), c)));
        }
        for (String column : a.columns()) {
            if (column.startsWith(RunRows.TARGET_PREFIX) && b.has(column)) {
                String name = column.substring(RunRows.TARGET_PREFIX.length());
                for (String id : targetIds) {
                    if (column.equals(RunRows.TARGET_PREFIX + id.replace('-', '_'))) {
                        name = id;
                    }
                }
                rows.add(pairedProbability("target", name, a.column(column), b.column(column)));
            }
        }
        return rows;
    }

    /** The paired difference B − A over replicates where both values exist. */
    static Row paired(String kind, String name, double[] a, double[] b) {
        List<Double> diffs = new ArrayList<>();
        List<Double> as = new ArrayList<>();
        List<Double> bs = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                diffs.add(b[i] - a[i]);
                as.add(a[i]);
                bs.add(b[i]);
            }
        }
        Statistics.Description d = Statistics.describe(diffs.stream().mapToDouble(Double::doubleValue).toArray());
        return new Row(kind, name, d.n(), mean(as), mean(bs), d.mean(), d.sd(), d.ciLow(), d.ciHigh());
    }

    /** The change in the probability of a 0/1 column, with Newcombe's paired interval in place of the t interval. */
    static Row pairedProbability(String kind, String name, double[] a, double[] b) {
        Row means = paired(kind, name, a, b);
        long[] cells = new long[4];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                cells[(a[i] == 1 ? 0 : 2) + (b[i] == 1 ? 0 : 1)]++;
            }
        }
        Statistics.PairedDifference d = Statistics.pairedDifference(cells[0], cells[1], cells[2], cells[3]);
        return new Row(kind, name, means.n(), means.meanA(), means.meanB(), means.difference(), means.sd(), d.low(),
                d.high());
    }

    private static double[] indicator(String[] outcomes, String c) {
        return Arrays.stream(outcomes).mapToDouble(o -> o.equals(c) ? 1.0 : 0.0).toArray();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
