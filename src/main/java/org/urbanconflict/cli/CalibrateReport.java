package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.urbanconflict.batch.calibration.AbcSmc;
import org.urbanconflict.batch.calibration.Calibration;
import org.urbanconflict.batch.calibration.Population;
import org.urbanconflict.batch.calibration.Predictive;
import org.urbanconflict.batch.calibration.Prior;

/** What {@code calibrate} prints when it is done: generations, the posterior and the predictive check. */
final class CalibrateReport {
    private CalibrateReport() {
    }

    static void print(PrintWriter out, Calibration.Config c, Calibration.Outcome o) {
        if (o.alreadyComplete()) {
            out.println(o.folder() + " is already complete; nothing to do.");
            out.flush();
            return;
        }
        AbcSmc.Result r = o.result();
        out.printf(Locale.ROOT, "Calibrated in %.1f s (%d runs this session); stopped: %s%n", o.wallSeconds(),
                o.runsThisSession(), r.stopReason());
        out.println("generation  tolerance   proposals  acceptance     ESS");
        for (AbcSmc.Generation g : r.generations()) {
            out.printf(Locale.ROOT, "%10d  %9s  %10d  %9.1f%%  %6s%n", g.index(), Double.isInfinite(g.tolerance())
                    ? "inf" : String.format(Locale.ROOT, "%.4g", g.tolerance()), g.proposals(),
                    100 * g.acceptanceRate(), g.complete() ? String.format(Locale.ROOT, "%.1f", g.population().ess())
                            : "-");
        }
        Population p = r.posterior();
        out.printf(Locale.ROOT, "Posterior (generation %d, %d particles):%n", r.posteriorGeneration(), p.size());
        out.printf(Locale.ROOT, "  %-44s %12s %12s %12s  %s%n", "parameter", "prior", "median", "sd",
                "90% interval");
        for (int d = 0; d < c.prior().dimension(); d++) {
            Prior.Bound b = c.prior().bounds().get(d);
            out.printf(Locale.ROOT, "  %-44s %12s %12.5g %12.4g  [%.5g, %.5g]%n", b.pointer(),
                    String.format(Locale.ROOT, "%.4g-%.4g", b.min(), b.max()), o.medians()[d], p.sd(d),
                    p.quantile(d, 0.05), p.quantile(d, 0.95));
        }
        if (!o.predictive().isEmpty()) {
            out.printf(Locale.ROOT, "Targets hit, %d runs each (before -> posterior predictive):%n",
                    o.predictive().get(0).before().n());
            for (Predictive.Row row : o.predictive()) {
                out.printf(Locale.ROOT, "  %-34s %6.1f%% -> %6.1f%%%s%n", row.id(), 100 * row.before().p(),
                        100 * row.after().p(), row.calibrated() ? "" : "  (not calibrated)");
            }
        }
        out.println("Wrote " + o.folder() + "/{posterior.csv, generations.csv, predictive.csv, calibrated.json, "
                + "manifest.json} and charts/");
        out.flush();
    }
}
