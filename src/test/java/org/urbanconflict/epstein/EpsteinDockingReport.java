package org.urbanconflict.epstein;

import static org.urbanconflict.epstein.Docking.column;
import static org.urbanconflict.epstein.Docking.count;
import static org.urbanconflict.epstein.Docking.mean;
import static org.urbanconflict.epstein.Docking.metric;
import static org.urbanconflict.epstein.Docking.pooled;
import static org.urbanconflict.epstein.Docking.runs;
import static org.urbanconflict.epstein.Docking.scenario;
import static org.urbanconflict.epstein.Docking.sd;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.urbanconflict.batch.Statistics;
import org.urbanconflict.chart.Band;
import org.urbanconflict.chart.ChartStyle;
import org.urbanconflict.chart.Charts;
import org.urbanconflict.chart.Estimate;
import org.urbanconflict.chart.FanData;
import org.urbanconflict.chart.SweepPoint;
import org.urbanconflict.epstein.ScheduledChange.Target;
import org.urbanconflict.core.RunResult;

/**
 * Regenerates the figures and numbers of docs/epstein-docking.md (20 seeds per case; a few minutes on two cores):
 * {@code mvn -B test -Dtest=EpsteinDockingReport -Ddocking.report=true}. The numbers go to standard output and to
 * target-independent {@code docs/images/epstein/numbers.txt}; the charts to {@code docs/images/epstein/}.
 */
class EpsteinDockingReport {
    private static final Path DIR = Path.of("docs/images/epstein");
    private static final int SEEDS = 20;
    private final StringBuilder numbers = new StringBuilder();

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        numbers.append(line).append('\n');
    }

    @Test
    @EnabledIfSystemProperty(named = "docking.report", matches = "true")
    void regenerate() throws Exception {
        Files.createDirectories(DIR);
        deception();
        punctuated();
        legitimacy();
        tipping();
        waitsAgainstJailTerm();
        Files.writeString(DIR.resolve("numbers.txt"), numbers.toString());
    }

    private void deception() throws Exception {
        for (ArrestRule rule : ArrestRule.values()) {
            List<RunResult> r = runs(scenario("run-1-deception.json", rule, 500, null), SEEDS);
            say("deception %s: active alone %.4f, cops seen: active %.4f, quiet %.3f, deterred %.3f", rule.jsonName(),
                    mean(metric(r, "active_alone_share")), mean(metric(r, "cops_seen_active")),
                    mean(metric(r, "cops_seen_quiet")), mean(metric(r, "cops_seen_deterred")));
        }
        EpsteinModel m = EpsteinModel.create(scenario("run-1-deception.json", ArrestRule.FLOOR, 500, null), 1);
        m.start();
        for (int s = 0; s < 100; s++) {
            m.schedule.step(m);
        }
        lattice(m, DIR.resolve("run-1-lattice.png"), "Run 1 after 100 steps: actives (red) only where no cop"
                + " (black) is adjacent");
    }

    /** The lattice as coloured cells: empty, quiet, active, cop. */
    private static void lattice(EpsteinModel m, Path png, String title) throws Exception {
        int n = m.width() * m.height();
        double[][] xyz = new double[3][n];
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                int i = y * m.width() + x;
                xyz[0][i] = x;
                xyz[1][i] = y;
                xyz[2][i] = m.kindAt(x, y);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", xyz);
        Color[] colours = {new Color(0xF2F2F2), ChartStyle.SKY_BLUE, ChartStyle.VERMILLION, ChartStyle.BLACK};
        String[] names = {"Empty", "Quiet citizen", "Active citizen", "Cop"};
        LookupPaintScale scale = new LookupPaintScale(-0.5, 3.5, Color.WHITE);
        for (int k = 0; k < 4; k++) {
            scale.add(k - 0.5, colours[k]);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis xAxis = new NumberAxis("x");
        NumberAxis yAxis = new NumberAxis("y");
        xAxis.setRange(-0.5, m.width() - 0.5);
        yAxis.setRange(-0.5, m.height() - 0.5);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = 0; k < 4; k++) {
            legend.add(new LegendItem(names[k], null, null, null, new java.awt.Rectangle(-8, -8, 16, 16),
                    colours[k]));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        ChartStyle.write(chart, png, 900, 900);
    }

    private void punctuated() throws Exception {
        List<Band> bands = new ArrayList<>();
        for (ArrestRule rule : ArrestRule.values()) {
            List<RunResult> r = runs(scenario("run-2-punctuated.json", rule, 3000, null), SEEDS);
            double[] waits = pooled(r, "wait");
            double[] activations = pooled(r, "activation");
            say("punctuated %s: outbursts per 3000 steps %.1f (min %.0f); peak actives %.0f; waits n %d mean %.1f sd"
                    + " %.1f median %.0f; activation n %d mean %.0f sd %.0f; share of steps in outburst %.3f",
                    rule.jsonName(), mean(metric(r, "outbursts")), Docking.min(metric(r, "outbursts")),
                    mean(metric(r, "active_max")), waits.length, mean(waits), sd(waits), median(waits),
                    activations.length, mean(activations), sd(activations), mean(metric(r, "share_in_outburst")));
            double[] first = java.util.Arrays.copyOf(column(r.get(0), "active"), 501);
            bands.add(Band.single(rule.jsonName(), first));
            if (rule == ArrestRule.FLOOR) {
                Charts.histogram(DIR.resolve("waiting-times.png"), String.format(Locale.ROOT, "Waiting times"
                        + " between outbursts, run 2, floor (%d waits, %d runs): mean %.0f, s.d. %.0f (paper: 60,"
                        + " 55)", waits.length, SEEDS, mean(waits), sd(waits)), "steps from one outburst's end to"
                        + " the next one's start", waits, 2.0, null);
                Charts.histogram(DIR.resolve("total-activation.png"), String.format(Locale.ROOT, "Total activation"
                        + " per outburst, run 2, floor (%d outbursts): mean %.0f, s.d. %.0f (paper: 708, 230)",
                        activations.length, mean(activations), sd(activations)), "sum of actives over the"
                        + " outburst's steps", activations, 100.0, null);
            }
        }
        Charts.fan(DIR.resolve("run-2-actives.png"), "Active citizens in run 2 (seed 1, first 500 steps), by"
                + " arrest rule", "active citizens", new FanData(steps(501), bands, "Step"));
    }

    private void legitimacy() throws Exception {
        List<Estimate> estimates = new ArrayList<>();
        for (ArrestRule rule : ArrestRule.values()) {
            List<RunResult> gradual = runs(scenario("run-3-legitimacy-gradual.json", rule, 0, null), SEEDS);
            List<RunResult> jump = runs(scenario("run-4-legitimacy-jump.json", rule, 0, null), SEEDS);
            List<RunResult> same = runs(scenario("run-3-legitimacy-gradual.json", rule, 0, List.of(
                    new ScheduledChange(Target.LEGITIMACY, 77, 96, 0.7, "same size"))), SEEDS);
            long j = count(jump, Docking::outburst);
            long g = count(gradual, Docking::outburst);
            long s = count(same, Docking::outburst);
            say("legitimacy %s: runs with an outburst of %d: jump %d, gradual to 0.2 %d, gradual to 0.7 %d; mean"
                    + " peak after t=77: jump %.1f, gradual %.1f, same-size gradual %.1f; jailed at 300: jump %.0f,"
                    + " gradual %.0f", rule.jsonName(), SEEDS, j, g, s, mean(metric(jump, "active_max_after_change")),
                    mean(metric(gradual, "active_max_after_change")), mean(metric(same, "active_max_after_change")),
                    mean(metric(jump, "jailed_final")), mean(metric(gradual, "jailed_final")));
            estimates.add(estimate(rule.jsonName() + ": jump to 0.7", j));
            estimates.add(estimate(rule.jsonName() + ": 0.9 to 0.2 by 0.01", g));
            estimates.add(estimate(rule.jsonName() + ": 0.9 to 0.7 by 0.01", s));
            if (rule == ArrestRule.FLOOR) {
                Charts.fanPair(DIR.resolve("legitimacy.png"), "Legitimacy falls from t = 77, floor rule (" + SEEDS
                        + " runs)", "citizens", "0.9 to 0.2 by 0.01 a step (Fig. 9)", fan(gradual),
                        "0.9 to 0.7 in one jump (Fig. 10)", fan(jump));
            }
        }
        Charts.probabilities(DIR.resolve("legitimacy-outbursts.png"), "Share of runs with an outburst after"
                + " legitimacy falls (" + SEEDS + " runs each, 95% Wilson intervals)", estimates);
    }

    private static Estimate estimate(String label, long hits) {
        Statistics.Proportion p = Statistics.wilson(hits, SEEDS);
        return new Estimate(label, p.p(), p.low(), p.high());
    }

    /** Active and jailed citizens as bands over runs. */
    private static FanData fan(List<RunResult> runs) {
        int steps = runs.get(0).hourly().length;
        List<Band> bands = new ArrayList<>();
        for (String metric : List.of("active", "jailed")) {
            double[][] q = new double[5][steps];
            for (int t = 0; t < steps; t++) {
                double[] v = new double[runs.size()];
                for (int k = 0; k < runs.size(); k++) {
                    v[k] = runs.get(k).hourly()[t][runs.get(k).column(metric)];
                }
                java.util.Arrays.sort(v);
                double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
                for (int i = 0; i < 5; i++) {
                    q[i][t] = Statistics.sortedQuantile(v, v.length, levels[i]);
                }
            }
            bands.add(new Band(metric.substring(0, 1).toUpperCase(Locale.ROOT) + metric.substring(1), q[0], q[1],
                    q[2], q[3], q[4]));
        }
        return new FanData(steps(steps), bands, "Step");
    }

    private void tipping() throws Exception {
        for (ArrestRule rule : ArrestRule.values()) {
            List<RunResult> r = runs(scenario("run-5-cop-reduction.json", rule, 0, null), SEEDS);
            double[] first = metric(r, "first_outburst_step");
            List<Double> cops = new ArrayList<>();
            for (RunResult run : r) {
                double f = run.summary("first_outburst_step");
                if (!Double.isNaN(f)) {
                    cops.add(run.hourly()[(int) f][run.column("cops")]);
                }
            }
            say("tipping %s: tipped %d of %d; first outburst at step %.0f on average; cops left then %.0f (of 118);"
                    + " peak %.0f; jailed at the end %.0f", rule.jsonName(), count(r, Docking::outburst), SEEDS,
                    java.util.Arrays.stream(first).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN),
                    cops.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                    mean(metric(r, "active_max")), mean(metric(r, "jailed_final")));
            if (rule == ArrestRule.FLOOR) {
                RunResult one = r.get(0);
                int steps = one.hourly().length;
                Charts.fan(DIR.resolve("tipping.png"), "Cops withdrawn from step 101 (run 5, floor, seed 1)",
                        "citizens or cops", new FanData(steps(steps), List.of(Band.single("Active",
                                column(one, "active")), Band.single("Cops", column(one, "cops")),
                                Band.single("Jailed", column(one, "jailed"))), "Step"));
            }
        }
    }

    /** Why the waits are short: they follow the jail term. */
    private void waitsAgainstJailTerm() throws Exception {
        List<SweepPoint> points = new ArrayList<>();
        for (int jmax : new int[] {10, 20, 30, 60, 120}) {
            EpsteinScenario s = scenario("run-2-punctuated.json", ArrestRule.FLOOR, 3000, null);
            EpsteinParameters p = s.parameters();
            p.setMaxJailTerm(jmax);
            s = new EpsteinScenario(s.name(), "", s.file(), s.resolvedJson(), s.hash(), p, List.of(),
                    java.util.Map.of(), List.of());
            double[] means = metric(runs(s, 10), "wait_mean");
            Statistics.Description d = Statistics.describe(means);
            say("waits with J_max %d: mean wait %.1f (95%% interval %.1f-%.1f)", jmax, d.mean(), d.ciLow(),
                    d.ciHigh());
            points.add(new SweepPoint(jmax, d.mean(), d.ciLow(), d.ciHigh()));
        }
        Charts.sweep(DIR.resolve("waits-by-jail-term.png"), "Mean wait between outbursts against the maximum jail"
                + " term (run 2, floor, 10 runs each)", "maximum jail term J_max (steps)", "mean wait (steps)",
                points);
    }

    private static List<LocalDateTime> steps(int n) {
        List<LocalDateTime> t = new ArrayList<>(n);
        for (int h = 0; h < n; h++) {
            t.add(LocalDateTime.of(2000, 1, 1, 0, 0).plusHours(h));
        }
        return t;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
