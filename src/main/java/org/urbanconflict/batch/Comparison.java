package org.urbanconflict.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.TDistribution;
import org.urbanconflict.core.Experiment;

/**
 * Paired differences between two batches run on the same replicate seeds (common random numbers): for each metric,
 * the mean of B − A over runs with the same index, with a t interval; for each outcome class and validation target,
 * the change in probability, with Newcombe's interval for paired proportions ({@link Statistics#pairedDifference}).
 * Pairing removes the seed-to-seed noise the two scenarios share, so intervals are much narrower than for
 * independent samples.
 *
 * <p>Each quantity has one unit wherever it is shown (terminal, compare.csv, forest plots): a metric's difference is
 * in the metric's own unit, and a probability is in percent, its change in percentage points. The relative change of a
 * metric, B/A − 1 in percent, is a second, separately labelled view; its interval is that of the ratio of the two
 * means, worked out on the log scale, so it can never pass −100%.
 */
public final class Comparison {
    /** Unit of the means of outcome and target rows, whose differences are in percentage points. */
    public static final String PERCENT = "percent";

    /**
     * One row of the comparison.
     *
     * @param unit        the unit of {@code meanA}, {@code meanB}, {@code difference} and its interval; probabilities
     *                    are in {@link #PERCENT} (their differences in percentage points)
     * @param relative    100 (B/A − 1): the relative change of the mean in percent; NaN for probabilities, or when a
     *                    mean is not positive
     * @param relativeLow lower end of its 95% interval (never below −100)
     */
    public record Row(String kind, String name, String unit, int n, double meanA, double meanB, double difference,
            double sd, double low, double high, double relative, double relativeLow, double relativeHigh) {

        /** Whether the row is a probability (an outcome or a target), in percent and percentage points. */
        public boolean isProbability() {
            return !kind.equals("metric");
        }
    }

    private Comparison() {
    }

    /**
     * Compares two batches; target rows are named by the ids in {@code targetIds} (runs.csv turns the hyphens of an
     * id into underscores), and target columns not among them keep their column name. Every class in
     * {@code outcomeClasses} gets a row, as in a batch's summary, even one that no run of either batch ended in.
     */
    public static List<Row> compare(RunTable a, RunTable b, List<String> targetIds, List<String> outcomeClasses,
            Map<String, String> units) {
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
                rows.add(paired("metric", metric, units.getOrDefault(metric, ""), a.column(metric),
                        b.column(metric)));
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

    /** Metric units by name, from an experiment's declared end-of-run metrics. */
    public static Map<String, String> units(Experiment experiment) {
        Map<String, String> units = new LinkedHashMap<>();
        experiment.summaryMetrics().list().forEach(m -> units.put(m.name(), m.unit()));
        return units;
    }

    /** The paired difference B − A over replicates where both values exist, and the ratio of the means. */
    static Row paired(String kind, String name, String unit, double[] a, double[] b) {
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
        double[] ratio = ratioOfMeans(as.stream().mapToDouble(Double::doubleValue).toArray(),
                bs.stream().mapToDouble(Double::doubleValue).toArray());
        return new Row(kind, name, unit, d.n(), mean(as), mean(bs), d.mean(), d.sd(), d.ciLow(), d.ciHigh(),
                ratio[0], ratio[1], ratio[2]);
    }

    /**
     * 100 (B̄/Ā − 1) with a 95% interval from the log of the ratio of paired means: by the delta method,
     * Var(log B̄ − log Ā) ≈ (s²_B/B̄² + s²_A/Ā² − 2 s_AB/(ĀB̄)) / n, with a t quantile on n − 1 degrees of freedom, and
     * the interval taken back through exp, so its lower end stays above −100%. NaN when a mean is not positive or
     * there are fewer than two pairs.
     */
    static double[] ratioOfMeans(double[] a, double[] b) {
        int n = a.length;
        double ma = Arrays.stream(a).average().orElse(Double.NaN);
        double mb = Arrays.stream(b).average().orElse(Double.NaN);
        if (n < 2 || !(ma > 0) || !(mb > 0)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double va = 0;
        double vb = 0;
        double cov = 0;
        for (int i = 0; i < n; i++) {
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
            cov += (a[i] - ma) * (b[i] - mb);
        }
        va /= n - 1;
        vb /= n - 1;
        cov /= n - 1;
        double variance = Math.max(0, (vb / (mb * mb) + va / (ma * ma) - 2 * cov / (ma * mb)) / n);
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance);
        double log = Math.log(mb / ma);
        return new double[] {100 * Math.expm1(log), 100 * Math.expm1(log - half), 100 * Math.expm1(log + half)};
    }

    /**
     * The change in the probability of a 0/1 column, with Newcombe's paired interval in place of the t interval; the
     * probabilities in percent, the change and its interval in percentage points.
     */
    static Row pairedProbability(String kind, String name, double[] a, double[] b) {
        Row means = paired(kind, name, PERCENT, a, b);
        long[] cells = new long[4];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                cells[(a[i] == 1 ? 0 : 2) + (b[i] == 1 ? 0 : 1)]++;
            }
        }
        Statistics.PairedDifference d = Statistics.pairedDifference(cells[0], cells[1], cells[2], cells[3]);
        return new Row(kind, name, PERCENT, means.n(), 100 * means.meanA(), 100 * means.meanB(),
                100 * means.difference(), 100 * means.sd(), 100 * d.low(), 100 * d.high(), Double.NaN, Double.NaN,
                Double.NaN);
    }

    private static double[] indicator(String[] outcomes, String c) {
        return Arrays.stream(outcomes).mapToDouble(o -> o.equals(c) ? 1.0 : 0.0).toArray();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
