package org.urbanconflict.batch;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The readable table of a comparison: headline metrics, outcome probabilities and target hit rates. */
public final class CompareReport {
    private CompareReport() {
    }

    /** Prints outcome and target rows, and the metric rows named in {@code headlines} (the model's chart plan). */
    public static void print(PrintWriter out, String nameA, String nameB, List<Comparison.Row> rows,
            List<String> headlines) {
        out.printf(Locale.ROOT, "Paired comparison on the same seeds: B minus A%n  A: %s%n  B: %s%n", nameA, nameB);
        out.printf(Locale.ROOT, "%-34s %11s %11s %11s   %s%n", "", "A", "B", "B - A", "95% interval");
        int runs = rows.stream().mapToInt(Comparison.Row::n).max().orElse(0);
        for (Comparison.Row r : rows) {
            boolean probability = !r.kind().equals("metric");
            if (!probability && !headlines.contains(r.name())) {
                continue;
            }
            String label = r.kind().equals("outcome") ? "P(" + r.name().replace('_', ' ') + ")"
                    : r.kind().equals("target") ? "target " + r.name() : r.name();
            if (r.n() == 0) {
                out.printf(Locale.ROOT, "%-34s %10s %10s %10s   no run has it in both (e.g. no outburst, no"
                        + " ceasefire)%n", label, "-", "-", "-");
                continue;
            }
            double scale = probability ? 100 : 1;
            String unit = probability ? "%" : "";
            out.printf(Locale.ROOT, "%-34s %10.2f%s %10.2f%s %+10.2f%s   [%+.2f, %+.2f]%s%n", label,
                    r.meanA() * scale, unit, r.meanB() * scale, unit, r.difference() * scale, unit, r.low() * scale,
                    r.high() * scale, (unit.isEmpty() ? "" : " points")
                            + (r.n() < runs ? " (the " + r.n() + " runs that have it in both)" : ""));
        }
    }
}
