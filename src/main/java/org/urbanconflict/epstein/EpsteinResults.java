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

    /** The summary metrics of every run, in the order of runs.csv's columns. */
    public static final List<String> SUMMARY_METRICS = List.of("steps", "citizens", "cops_start", "active_final",
            "quiet_final", "jailed_final", "cops_final", "active_mean", "active_max", "jailed_mean", "jailed_max",
            "arrests", "outbursts", "outbursts_finished", "first_outburst_step", "wait_mean", "wait_sd",
            "activation_mean", "activation_sd", "duration_mean", "share_in_outburst", "active_max_before_change",
            "active_max_after_change", "cops_seen_active", "cops_seen_quiet", "cops_seen_deterred",
            "active_alone_share");

    private EpsteinResults() {
    }

    static RunResult of(EpsteinModel model) {
        EpsteinCensus census = model.census();
        double[] active = census.column("active");
        double[] jailed = census.column("jailed");
        int threshold = model.p.getOutburstThreshold();
        Outbursts o = model.outbursts;
        Map<String, Double> s = new LinkedHashMap<>();
        int last = census.rows() - 1;
        s.put("steps", (double) last);
        s.put("citizens", (double) model.citizens);
        s.put("cops_start", census.value(0, 3));
        s.put("active_final", active[last]);
        s.put("quiet_final", census.value(last, 0));
        s.put("jailed_final", jailed[last]);
        s.put("cops_final", census.value(last, 3));
        s.put("active_mean", mean(active, 1, last + 1));
        s.put("active_max", max(active, 0, last + 1));
        s.put("jailed_mean", mean(jailed, 1, last + 1));
        s.put("jailed_max", max(jailed, 0, last + 1));
        s.put("arrests", (double) model.arrests);
        s.put("outbursts", (double) o.started());
        s.put("outbursts_finished", (double) o.finished());
        s.put("first_outburst_step", o.firstStart() < 0 ? Double.NaN : o.firstStart());
        s.put("wait_mean", mean(o.waits(), 0, o.waits().length));
        s.put("wait_sd", sd(o.waits()));
        s.put("activation_mean", mean(o.activations(), 0, o.finished()));
        s.put("activation_sd", sd(o.activations()));
        s.put("duration_mean", mean(o.durations(), 0, o.finished()));
        s.put("share_in_outburst", last == 0 ? 0.0 : (double) o.stepsUnder() / last);
        int changeStep = model.scenario().schedule().stream().mapToInt(ScheduledChange::fromStep).min().orElse(-1);
        boolean changed = changeStep >= 1 && changeStep <= last;
        s.put("active_max_before_change", changed ? max(active, 0, changeStep) : Double.NaN);
        s.put("active_max_after_change", changed ? max(active, changeStep, last + 1) : Double.NaN);
        DecisionTally t = model.tally;
        s.put("cops_seen_active", DecisionTally.mean(t.activeCops, t.activeDecisions));
        s.put("cops_seen_quiet", DecisionTally.mean(t.quietCops, t.quietDecisions));
        s.put("cops_seen_deterred", DecisionTally.mean(t.deterredCops, t.deterredDecisions));
        s.put("active_alone_share", DecisionTally.mean(t.activeAlone, t.activeDecisions));
        Map<String, Double> summary = Collections.unmodifiableMap(s);
        Map<String, Boolean> targets = new LinkedHashMap<>();
        for (ValidationTarget target : model.scenario().targets()) {
            targets.put(target.id(), target.isHitBy(summary));
        }
        return new RunResult(model.scenario().name(), model.scenario().hash(), model.seed(), EpsteinCensus.METRICS,
                census.table(), null, summary, classify(active, threshold, o.started()),
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
