package org.urbanconflict.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.urbanconflict.chart.Charts;
import org.urbanconflict.chart.MorrisPoint;
import org.urbanconflict.chart.SobolBar;

/**
 * The charts of a sensitivity analysis, drawn from the rows of indices.csv alone (so {@code chart DIR} redraws them):
 * {@code charts/morris--METRIC.png} or {@code charts/sobol--METRIC.png}, one per metric. A Sobol chart shows the
 * indices at the full N; its subtitle gives the largest change of any index from N/2, the convergence check.
 */
public final class SensitivityPlots {
    private SensitivityPlots() {
    }

    public static void draw(Path dir, List<SensitivityIndices.Row> rows) throws IOException {
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(r -> metrics.add(r.metric()));
        for (String metric : metrics) {
            List<SensitivityIndices.Row> mine = rows.stream().filter(r -> r.metric().equals(metric)).toList();
            String noise = noiseNote(mine);
            String method = mine.get(0).method();
            if (method.equals("morris")) {
                List<MorrisPoint> points = new ArrayList<>();
                List<String> all = parameters(mine);
                for (String parameter : all) {
                    SensitivityIndices.Row star = find(mine, parameter, "mu_star", -1);
                    SensitivityIndices.Row sigma = find(mine, parameter, "sigma", -1);
                    points.add(new MorrisPoint(label(parameter, all), star.value(), star.low(), star.high(),
                            sigma.value()));
                }
                Charts.morris(charts.resolve("morris--" + metric + ".png"), "Morris screening of " + metric + noise,
                        points);
            } else {
                int nominal = mine.stream().filter(r -> r.statistic().equals("S1")).mapToInt(
                        SensitivityIndices.Row::n).max().orElse(0);
                List<SobolBar> bars = new ArrayList<>();
                double drift = 0;
                List<String> all = parameters(mine);
                for (String parameter : all) {
                    SensitivityIndices.Row s1 = find(mine, parameter, "S1", nominal);
                    SensitivityIndices.Row st = find(mine, parameter, "ST", nominal);
                    bars.add(new SobolBar(label(parameter, all), s1.value(), s1.low(), s1.high(), st.value(), st.low(),
                            st.high()));
                    for (String statistic : List.of("S1", "ST")) {
                        SensitivityIndices.Row half = halfRow(mine, parameter, statistic, nominal);
                        SensitivityIndices.Row full = find(mine, parameter, statistic, nominal);
                        if (half != null) {
                            drift = Math.max(drift, Math.abs(full.value() - half.value()));
                        }
                    }
                }
                Charts.sobol(charts.resolve("sobol--" + metric + ".png"), "Sobol indices of " + metric + noise,
                        String.format(java.util.Locale.ROOT, "Bar: index from %d base rows  \u00B7  whisker: 95%%"
                                + " bootstrap interval  \u00B7  largest change since half as many rows: %.3f", nominal,
                                drift), bars);
            }
        }
    }

    /** The parameters in order of first appearance. */
    private static List<String> parameters(List<SensitivityIndices.Row> rows) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.parameter().isEmpty()).forEach(r -> seen.put(r.parameter(), true));
        return new ArrayList<>(seen.keySet());
    }

    /** The row of a parameter's statistic (at n, or any n when n is -1). */
    private static SensitivityIndices.Row find(List<SensitivityIndices.Row> rows, String parameter, String statistic,
            int n) {
        SensitivityIndices.Row found = null;
        for (SensitivityIndices.Row r : rows) {
            if (r.parameter().equals(parameter) && r.statistic().equals(statistic) && (n < 0 || r.n() == n)) {
                found = r;
            }
        }
        return found != null ? found : new SensitivityIndices.Row("", "", parameter, statistic, Double.NaN,
                Double.NaN, Double.NaN, 0);
    }

    /** The estimate from the first half of the base rows: the first row of the statistic, when there are two. */
    private static SensitivityIndices.Row halfRow(List<SensitivityIndices.Row> rows, String parameter,
            String statistic, int nominal) {
        List<SensitivityIndices.Row> both = rows.stream().filter(r -> r.parameter().equals(parameter)
                && r.statistic().equals(statistic)).toList();
        return both.size() == 2 ? both.get(0) : null;
    }

    /**
     * A parameter's name on a chart: the last two segments of its pointer (localPolice/infiltration for
     * /government/types/localPolice/infiltration), or the whole pointer without its slash when another parameter of
     * the analysis ends the same way.
     */
    static String label(String pointer, List<String> all) {
        String shortName = lastTwo(pointer);
        long same = all.stream().filter(p -> lastTwo(p).equals(shortName)).count();
        return same > 1 ? pointer.substring(1) : shortName;
    }

    private static String lastTwo(String pointer) {
        String[] segments = pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/");
        return segments.length <= 2 ? String.join("/", segments)
                : segments[segments.length - 2] + "/" + segments[segments.length - 1];
    }

    private static String noiseNote(List<SensitivityIndices.Row> rows) {
        return rows.stream().filter(r -> r.statistic().equals(SensitivityIndices.NOISE) && Double.isFinite(r.value()))
                .findFirst().map(r -> String.format(java.util.Locale.ROOT, " (replicate noise %.0f%%)",
                        100 * r.value())).orElse("");
    }
}
