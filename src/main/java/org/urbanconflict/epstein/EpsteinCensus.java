package org.urbanconflict.epstein;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.core.MetricSet;
import org.urbanconflict.core.RunEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step phase 3: records the step's counts (one row per step, row 0 the state before the first step), follows
 * outbursts and logs events. The one declaration of what a run records: the headless table, the batch time series
 * and the GUI's live charts all read {@link #HOURLY} and {@link #METRICS}.
 */
public final class EpsteinCensus implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Per-step metrics: citizens quiet, active and jailed, cops, legitimacy, arrests this step, outbursts so far. */
    public static final MetricSet<EpsteinModel> HOURLY = MetricSet.<EpsteinModel>builder()
            .add("quiet", "citizens", "Citizens free and quiet", EpsteinModel::quietCount)
            .add("active", "citizens", "Citizens free and active (in open rebellion)", m -> m.activeCount)
            .add("jailed", "citizens", "Citizens in jail", m -> m.jailedCount)
            .add("cops", "cops", "Cops on the lattice", m -> m.copCount)
            .add("legitimacy", "index", "Legitimacy of the regime (0 to 1)", m -> m.p.getLegitimacy())
            .add("arrests", "arrests", "Arrests this step", m -> m.arrestsThisStep)
            .add("outbursts", "outbursts", "Outbursts started so far", m -> m.outbursts.started())
            .build();
    /** The metrics' names, in column order. */
    public static final List<String> METRICS = HOURLY.names();
    /** Columns that other code reads by position. */
    static final int QUIET = 0;
    static final int COPS = 3;

    private final EpsteinModel model;
    private double[] table;
    private int rows;
    /** Events as a serializable record, so a checkpoint of the model can be written mid-run. */
    private record Event(int step, String kind, String text) implements java.io.Serializable {
    }

    private final ArrayList<Event> events = new ArrayList<>();

    EpsteinCensus(EpsteinModel model) {
        this.model = model;
        this.table = new double[METRICS.size() * Math.max(16, model.p.getSteps() + 1)];
        record();
    }

    @Override
    public void step(SimState state) {
        int step = (int) model.schedule.getSteps() + 1;
        int change = model.outbursts.observe(step, model.activeCount);
        if (change > 0) {
            events.add(new Event(step, "outburst_start", "outburst " + model.outbursts.started() + " starts: "
                    + model.activeCount + " citizens active"));
        } else if (change < 0) {
            double[] a = model.outbursts.activations();
            events.add(new Event(step, "outburst_end", String.format(Locale.ROOT, "outburst %d ends: total"
                    + " activation %.0f", model.outbursts.finished(), a[a.length - 1])));
        }
        record();
    }

    /** Logs a scheduled change on its first step. */
    void scheduled(int step, ScheduledChange c, double value) {
        if (step != c.fromStep()) {
            return;
        }
        String text = c.fromStep() == c.toStep()
                ? String.format(Locale.ROOT, "%s jumps to %.3f", c.target().jsonName(), c.to())
                : String.format(Locale.ROOT, "%s starts moving to %.3f by step %d", c.target().jsonName(), c.to(),
                        c.toStep());
        events.add(new Event(step, "schedule", text));
    }

    private void record() {
        int width = METRICS.size();
        if ((rows + 1) * width > table.length) {
            table = Arrays.copyOf(table, table.length * 2);
        }
        HOURLY.sample(model, table, rows * width);
        rows++;
    }

    public int rows() {
        return rows;
    }

    /** Row r (step r; 0 = before the first step) in the order of {@link #METRICS}. */
    public double value(int row, int metric) {
        return table[row * METRICS.size() + metric];
    }

    /** The table as rows. */
    public double[][] table() {
        int width = METRICS.size();
        double[][] t = new double[rows][];
        for (int r = 0; r < rows; r++) {
            t[r] = Arrays.copyOfRange(table, r * width, (r + 1) * width);
        }
        return t;
    }

    /** One metric's column. */
    public double[] column(String metric) {
        int m = METRICS.indexOf(metric);
        double[] c = new double[rows];
        for (int r = 0; r < rows; r++) {
            c[r] = table[r * METRICS.size() + m];
        }
        return c;
    }

    public List<RunEvent> events() {
        return events.stream().map(e -> new RunEvent(e.step(), e.kind(), e.text())).toList();
    }
}
