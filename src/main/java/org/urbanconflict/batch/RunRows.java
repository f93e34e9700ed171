package org.urbanconflict.batch;

import java.util.Map;
import org.urbanconflict.core.RunResult;

/**
 * The text of one run in a results folder: its row of {@code runs.csv} (labels, run, seed, every summary metric, a
 * 0/1 column per validation target, the outcome) and its rows of the long, tidy {@code timeseries.csv.gz}
 * (run, hour, time, every hourly metric).
 */
public final class RunRows {
    public static final String TARGET_PREFIX = "target_";

    private RunRows() {
    }

    /** Label column names for a sweep task; a plain batch has none. */
    static String labelHeader(Task task) {
        return task.labelNames().isEmpty() ? "" : String.join(",", task.labelNames()) + ",";
    }

    public static String header(Task task, RunResult r) {
        StringBuilder b = new StringBuilder(labelHeader(task)).append("run,seed");
        for (String name : r.summary().keySet()) {
            b.append(',').append(name);
        }
        for (String target : r.targets().keySet()) {
            b.append(',').append(TARGET_PREFIX).append(target.replace('-', '_'));
        }
        return b.append(",outcome").toString();
    }

    public static String row(Task task, RunResult r) {
        StringBuilder b = new StringBuilder();
        for (String label : task.labels()) {
            b.append(label).append(',');
        }
        b.append(task.index()).append(',').append(task.seed());
        for (Map.Entry<String, Double> e : r.summary().entrySet()) {
            Numbers.appendTo(b.append(','), e.getValue());
        }
        for (boolean hit : r.targets().values()) {
            b.append(',').append(hit ? '1' : '0');
        }
        return b.append(',').append(r.outcome()).toString();
    }

    public static String longHeader(RunResult r) {
        return "run,hour" + (r.times() == null ? "" : ",time") + "," + String.join(",", r.metricNames());
    }

    /** The run's hourly rows in long form, without a header. */
    public static String longSeries(int run, RunResult r) {
        StringBuilder b = new StringBuilder(r.hourly().length * (16 + 8 * r.metricNames().size()));
        for (int h = 0; h < r.hourly().length; h++) {
            b.append(run).append(',').append(h);
            if (r.times() != null) {
                b.append(',').append(r.times().get(h));
            }
            for (double v : r.hourly()[h]) {
                Numbers.appendTo(b.append(','), v);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
