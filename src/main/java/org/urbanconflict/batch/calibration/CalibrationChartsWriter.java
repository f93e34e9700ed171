package org.urbanconflict.batch.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.chart.CalibrationCharts;
import org.urbanconflict.chart.Labels;
import org.urbanconflict.chart.PosteriorCharts;

/**
 * The calibration's charts, in {@code charts/}: {@code marginal-<parameter>.png} for each parameter (weighted posterior
 * against the uniform prior), {@code pair-<a>--<b>.png} for each pair (particles coloured by weight),
 * {@code tolerance.png} (tolerance and acceptance rate by generation) and, with a predictive check,
 * {@code scorecard-before-after.png} (each target's hit rate under the scenario as it was and under the posterior).
 */
final class CalibrationChartsWriter {
    private CalibrationChartsWriter() {
    }

    static void draw(Calibration.Config c, AbcSmc.Result result, double[] medians, List<Predictive.Row> rows)
            throws IOException {
        Path dir = Files.createDirectories(c.out().resolve("charts"));
        Population p = result.posterior();
        Prior prior = c.prior();
        String particles = String.format(Locale.ROOT, "%d particles of generation %d, ESS %.0f", p.size(),
                result.posteriorGeneration(), p.ess());
        for (int d = 0; d < prior.dimension(); d++) {
            Prior.Bound b = prior.bounds().get(d);
            double[] values = column(p, d);
            PosteriorCharts.marginal(dir.resolve("marginal-" + b.column() + ".png"), "Posterior of " + b.pointer(),
                    b.pointer(), values, p.weights(), b.min(), b.max(), medians[d], String.format(Locale.ROOT,
                            "%s  \u00B7  90%% interval %s to %s", particles, Labels.number(p.quantile(d, 0.05)),
                            Labels.number(p.quantile(d, 0.95))));
        }
        for (int a = 0; a < prior.dimension(); a++) {
            for (int b = a + 1; b < prior.dimension(); b++) {
                Prior.Bound x = prior.bounds().get(a);
                Prior.Bound y = prior.bounds().get(b);
                PosteriorCharts.pair(dir.resolve("pair-" + x.column() + "--" + y.column() + ".png"),
                        "Posterior particles: " + x.pointer() + " and " + y.pointer(), x.pointer(), y.pointer(),
                        column(p, a), column(p, b), p.weights(), new double[] {x.min(), x.max()},
                        new double[] {y.min(), y.max()}, particles + "  \u00B7  colour: weight (dark: light, "
                                + "yellow: heavy); axes span the prior");
            }
        }
        List<AbcSmc.Generation> gens = result.generations();
        CalibrationCharts.tolerance(dir.resolve("tolerance.png"), "Tolerance by generation",
                gens.stream().mapToInt(AbcSmc.Generation::index).toArray(),
                gens.stream().mapToDouble(AbcSmc.Generation::tolerance).toArray(),
                gens.stream().mapToDouble(AbcSmc.Generation::acceptanceRate).toArray());
        if (!rows.isEmpty()) {
            List<CalibrationCharts.HitRates> bars = new ArrayList<>();
            for (Predictive.Row r : rows) {
                bars.add(new CalibrationCharts.HitRates(r.id().equals(Predictive.ALL) ? "all calibrated targets at once"
                        : r.id() + (r.calibrated() ? "" : " (not calibrated)"), r.before().p(), r.after().p()));
            }
            CalibrationCharts.hitRates(dir.resolve("scorecard-before-after.png"), "Targets hit before and after "
                    + "calibration", "scenario as it was", "posterior predictive", bars, String.format(Locale.ROOT,
                            "%d runs each, on the same seeds; the posterior runs draw particles by weight",
                            rows.get(0).before().n()));
        }
    }

    private static double[] column(Population p, int d) {
        double[] v = new double[p.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = p.particles()[i][d];
        }
        return v;
    }
}
