package org.urbanconflict.batch;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The readable table of a comparison: headline metrics, outcome probabilities and target hit rates. */
public final class CompareReport {
    /** Metrics shown in the printed table and the relative forest plot. */
    public static final List<String> HEADLINES = List.of("ceasefire_day", "gov_control_urban_at_ceasefire",
            "gov_control_urban", "refused_or_deserted_week1", "deaths_week1", "wounded_week1", "gov_killed",
            "militia_killed", "civilian_killed", "defections", "strikes_air", "strikes_artillery", "displaced");

    private CompareReport() {
    }

    public static void print(PrintWriter out, String nameA, String nameB, List<Comparison.Row> rows) {
        out.printf(Locale.ROOT, "Paired comparison on the same seeds: B minus A%n  A: %s%n  B: %s%n", nameA, nameB);
        out.printf(Locale.ROOT, "%-34s %11s %11s %11s   %s%n", "", "A", "B", "B - A", "95% interval");
        for (Comparison.Row r : rows) {
            boolean probability = !r.kind().equals("metric");
            if (!probability && !HEADLINES.contains(r.name())) {
                continue;
            }
            String label = r.kind().equals("outcome") ? "P(" + r.name().replace('_', ' ') + ")"
                    : r.kind().equals("target") ? "target " + r.name() : r.name();
            double scale = probability ? 100 : 1;
            String unit = probability ? "%" : "";
            out.printf(Locale.ROOT, "%-34s %10.2f%s %10.2f%s %+10.2f%s   [%+.2f, %+.2f]%s%n", label,
                    r.meanA() * scale, unit, r.meanB() * scale, unit, r.difference() * scale, unit, r.low() * scale,
                    r.high() * scale, unit.isEmpty() ? "" : " points");
        }
    }
}
