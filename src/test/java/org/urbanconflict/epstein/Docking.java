package org.urbanconflict.epstein;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.urbanconflict.core.RunResult;

/**
 * Runs one of the paper's scenario files with a chosen arrest rule over a fixed list of seeds (in parallel: each run
 * owns its generator, so results do not depend on the thread count), for the docking tests and the docking report.
 */
final class Docking {
    private Docking() {
    }

    /** The scenario of a file under scenarios/epstein with another rule, run length and, if not null, schedule. */
    static EpsteinScenario scenario(String file, ArrestRule rule, int steps, List<ScheduledChange> schedule) {
        EpsteinScenario s = EpsteinScenarioLoader.load(Path.of("scenarios/epstein", file));
        EpsteinParameters p = s.parameters();
        p.arrestRule(rule);
        if (steps > 0) {
            p.setSteps(steps);
        }
        return new EpsteinScenario(s.name() + " (" + rule.jsonName() + ")", s.description(), s.file(),
                s.resolvedJson(), s.hash(), p, schedule == null ? s.schedule() : schedule, Map.of(), s.targets());
    }

    /** Seeds 1..n, run in parallel, returned in seed order. */
    static List<RunResult> runs(EpsteinScenario s, int seeds) {
        return LongStream.rangeClosed(1, seeds).parallel().mapToObj(seed -> EpsteinModel.run(s, seed)).toList();
    }

    static double[] metric(List<RunResult> runs, String name) {
        return runs.stream().mapToDouble(r -> r.summary(name)).toArray();
    }

    static long count(List<RunResult> runs, java.util.function.Predicate<RunResult> p) {
        return runs.stream().filter(p).count();
    }

    static boolean outburst(RunResult r) {
        return r.summary("outbursts") > 0;
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** Values pooled over runs: every wait (or activation) of every run. */
    static double[] pooled(List<RunResult> runs, String what) {
        return runs.stream().flatMapToDouble(r -> {
            Outbursts o = Outbursts.of(column(r, "active"), 50);
            return Arrays.stream(what.equals("wait") ? o.waits() : o.activations());
        }).toArray();
    }

    static double[] column(RunResult r, String metric) {
        int c = r.column(metric);
        return Arrays.stream(r.hourly()).mapToDouble(row -> row[c]).toArray();
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    static double sd(double[] v) {
        return EpsteinResults.sd(v);
    }
}
