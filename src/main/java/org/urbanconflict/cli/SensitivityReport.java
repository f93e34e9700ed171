package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.SensitivityIndices;

/**
 * The printed summary of a sensitivity analysis, per metric: Morris's μ* (with its interval), μ and σ, or Sobol's
 * S1 and ST at N/2 and at N side by side (the convergence check) with the intervals at N; parameters from the most to
 * the least influential, and the replicate-noise share.
 */
final class SensitivityReport {
    private SensitivityReport() {
    }

    static void print(PrintWriter out, List<SensitivityIndices.Row> rows) {
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(r -> metrics.add(r.metric()));
        for (String metric : metrics) {
            List<SensitivityIndices.Row> mine = rows.stream().filter(r -> r.metric().equals(metric)).toList();
            String noise = mine.stream().filter(r -> r.statistic().equals(SensitivityIndices.NOISE)).findFirst()
                    .map(r -> String.format(Locale.ROOT, "  (replicate noise share %s)", Numbers.format(round(
                            r.value(), 3)))).orElse("");
            out.println();
            out.println(metric + noise);
            if (mine.get(0).method().equals("morris")) {
                morris(out, mine);
            } else {
                sobol(out, mine);
            }
        }
    }

    /** The width of the parameter column: the longest pointer, at least 20 characters. */
    private static int width(List<SensitivityIndices.Row> rows) {
        return Math.max(20, rows.stream().mapToInt(r -> r.parameter().length()).max().orElse(0));
    }

    private static void morris(PrintWriter out, List<SensitivityIndices.Row> rows) {
        String line = "  %-" + width(rows) + "s %10s %22s %10s %10s%n";
        out.printf(Locale.ROOT, line, "parameter", "mu*", "95% interval", "mu", "sigma");
        rows.stream().filter(r -> r.statistic().equals("mu_star"))
                .sorted(Comparator.comparingDouble((SensitivityIndices.Row r) -> -finite(r.value())))
                .forEach(star -> {
                    double mu = value(rows, star.parameter(), "mu", -1);
                    double sigma = value(rows, star.parameter(), "sigma", -1);
                    out.printf(Locale.ROOT, line, star.parameter(), fmt(star.value()),
                            "[" + fmt(star.low()) + ", " + fmt(star.high()) + "]", fmt(mu), fmt(sigma));
                });
    }

    private static void sobol(PrintWriter out, List<SensitivityIndices.Row> rows) {
        int full = rows.stream().filter(r -> r.statistic().equals("S1")).mapToInt(SensitivityIndices.Row::n).max()
                .orElse(0);
        int half = rows.stream().filter(r -> r.statistic().equals("S1")).mapToInt(SensitivityIndices.Row::n).min()
                .orElse(0);
        String line = "  %-" + width(rows) + "s %9s %9s %19s %9s %9s %19s%n";
        out.printf(Locale.ROOT, line, "parameter", "S1 n=" + half, "S1 n=" + full,
                "S1 95% interval", "ST n=" + half, "ST n=" + full, "ST 95% interval");
        rows.stream().filter(r -> r.statistic().equals("ST") && r.n() == full)
                .sorted(Comparator.comparingDouble((SensitivityIndices.Row r) -> -finite(r.value())))
                .forEach(st -> {
                    SensitivityIndices.Row s1 = row(rows, st.parameter(), "S1", full);
                    out.printf(Locale.ROOT, line, st.parameter(),
                            fmt(value(rows, st.parameter(), "S1", half)), fmt(s1.value()),
                            "[" + fmt(s1.low()) + ", " + fmt(s1.high()) + "]",
                            fmt(value(rows, st.parameter(), "ST", half)), fmt(st.value()),
                            "[" + fmt(st.low()) + ", " + fmt(st.high()) + "]");
                });
    }

    private static SensitivityIndices.Row row(List<SensitivityIndices.Row> rows, String parameter, String statistic,
            int n) {
        SensitivityIndices.Row found = null;
        for (SensitivityIndices.Row r : rows) {
            if (r.parameter().equals(parameter) && r.statistic().equals(statistic) && (n < 0 || r.n() == n)) {
                found = found == null ? r : found;
            }
        }
        return found;
    }

    private static double value(List<SensitivityIndices.Row> rows, String parameter, String statistic, int n) {
        SensitivityIndices.Row r = row(rows, parameter, statistic, n);
        return r == null ? Double.NaN : r.value();
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
    }

    private static double round(double v, int digits) {
        return Double.isFinite(v) ? Math.round(v * Math.pow(10, digits)) / Math.pow(10, digits) : v;
    }

    private static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
