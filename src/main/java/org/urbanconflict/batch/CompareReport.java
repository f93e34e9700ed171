package org.urbanconflict.batch;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The readable table of a comparison: headline metrics, outcome probabilities and target hit rates. */
public final class CompareReport {
    private CompareReport() {
    }

    /**
     * Prints outcome and target rows, and the metric rows named in {@code headlines} (the model's chart plan), each in
     * the unit compare.csv and the forest plots use: a metric's own unit, probabilities in percent and their changes
     * in percentage points; for metrics also the relative change B/A − 1 with the interval of the ratio of means.
     */
    public static void print(PrintWriter out, String nameA, String nameB, List<Comparison.Row> rows,
            List<String> headlines) {
        out.printf(Locale.ROOT, "Paired comparison on the same seeds: B minus A%n  A: %s%n  B: %s%n", nameA, nameB);
        out.printf(Locale.ROOT, "%-34s %11s %11s %11s   %-22s %-18s %s%n", "", "A", "B", "B - A", "95% interval",
                "unit", "B/A - 1 (95% interval)");
        int runs = rows.stream().mapToInt(Comparison.Row::n).max().orElse(0);
        for (Comparison.Row r : rows) {
            if (!r.isProbability() && !headlines.contains(r.name())) {
                continue;
            }
            String label = r.kind().equals("outcome") ? "P(" + r.name().replace('_', ' ') + ")"
                    : r.kind().equals("target") ? "target " + r.name() : r.name();
            if (r.n() == 0) {
                out.printf(Locale.ROOT, "%-34s %11s %11s %11s   no run has it in both (e.g. no outburst, no"
                        + " ceasefire)%n", label, "-", "-", "-");
                continue;
            }
            String percent = r.isProbability() ? "%" : "";
            String unit = r.isProbability() ? "percentage points" : r.unit();
            String relative = Double.isNaN(r.relative()) ? "" : String.format(Locale.ROOT, "%+.1f%% [%+.1f%%, %+.1f%%]",
                    r.relative(), r.relativeLow(), r.relativeHigh());
            out.printf(Locale.ROOT, "%-34s %11s %11s %+11.2f   %-22s %-18s %s%s%n", label,
                    String.format(Locale.ROOT, "%.2f%s", r.meanA(), percent),
                    String.format(Locale.ROOT, "%.2f%s", r.meanB(), percent), r.difference(),
                    String.format(Locale.ROOT, "[%+.2f, %+.2f]", r.low(), r.high()), unit, relative,
                    r.n() < runs ? " (the " + r.n() + " runs that have it in both)" : "");
        }
    }
}
