package org.urbanconflict.epstein;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * Detaches a finished Epstein run into a plain {@link RunResult}: the per-step table, the summary and the outcome
 * class. Steps are not dated, so {@code times} is null.
 *
 * <p>Outcome classes, from the active counts of the whole run (threshold: the scenario's outburst threshold, 50 in
 * the paper): {@code rebellion} when more than half of the final tenth of the steps are above the threshold;
 * otherwise {@code punctuated} with two or more outbursts, {@code single_outburst} with one, and {@code quiescent}
 * with none.
 */
public final class EpsteinResults {
    /** Every outcome class, for summaries that list the ones that never happened. */
    public static final List<String> OUTCOMES = List.of("quiescent", "single_outburst", "punctuated", "rebellion");

    /** The summary metrics of every run, in the order of runs.csv's columns (declared in {@link EpsteinSummary}). */
    public static final List<String> SUMMARY_METRICS = EpsteinSummary.METRICS.names();

    private EpsteinResults() {
    }

    static RunResult of(EpsteinModel model) {
        EpsteinSummary.Finished finished = EpsteinSummary.Finished.of(model);
        EpsteinCensus census = finished.census();
        Map<String, Double> summary = Collections.unmodifiableMap(EpsteinSummary.METRICS.read(finished));
        Map<String, Boolean> targets = new LinkedHashMap<>();
        for (ValidationTarget target : model.scenario().targets()) {
            targets.put(target.id(), target.isHitBy(summary));
        }
        return new RunResult(model.scenario().name(), model.scenario().hash(), model.seed(), EpsteinCensus.METRICS,
                census.table(), null, summary, classify(finished.active(), model.p.getOutburstThreshold(),
                finished.outbursts().started()),
                Collections.unmodifiableMap(targets), census.events());
    }

    /** The outcome class of a run's active counts (index = step); see the class comment. */
    public static String classify(double[] active, int threshold, int outbursts) {
        int steps = active.length - 1;
        int tail = Math.max(1, steps / 10);
        int above = 0;
        for (int t = active.length - tail; t < active.length; t++) {
            if (active[t] > threshold) {
                above++;
            }
        }
        if (steps > 0 && 2 * above > tail) {
            return "rebellion";
        }
        return outbursts >= 2 ? "punctuated" : outbursts == 1 ? "single_outburst" : "quiescent";
    }

    static double mean(double[] v, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i];
        }
        return sum / (to - from);
    }

    static double max(double[] v, int from, int to) {
        double m = Double.NaN;
        for (int i = from; i < to; i++) {
            m = Double.isNaN(m) ? v[i] : Math.max(m, v[i]);
        }
        return m;
    }

    /** Sample standard deviation; NaN for fewer than two values. */
    static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v, 0, v.length);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
