package org.urbanconflict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readable digest of a batch folder's summary.json: outcomes, targets and a few headline metrics. */
final class BatchReport {
    private BatchReport() {
    }

    /** Prints the digest, with a line for each of {@code headlines} (the model's chart plan) found in the summary. */
    static void print(PrintWriter out, Path dir, List<String> headlines) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        out.println("Outcomes (probability, 95% interval):");
        proportions(out, summary.path("outcomes"));
        if (summary.path("targets").size() > 0) {
            out.println("Validation targets hit:");
            proportions(out, summary.path("targets"));
        }
        out.println("Metrics (mean, 95% interval of the mean; median, 5-95% of runs):");
        for (String name : headlines) {
            JsonNode m = summary.path("metrics").path(name);
            if (!m.isMissingNode()) {
                out.printf(Locale.ROOT, "  %-32s %10.2f [%.2f, %.2f]   %10.2f (%.2f-%.2f)%n", name,
                        m.path("mean").asDouble(Double.NaN), m.path("ci95_low").asDouble(Double.NaN),
                        m.path("ci95_high").asDouble(Double.NaN), m.path("median").asDouble(Double.NaN),
                        m.path("p05").asDouble(Double.NaN), m.path("p95").asDouble(Double.NaN));
            }
        }
        try (var charts = Files.list(dir.resolve("charts"))) {
            out.println("Wrote " + dir + "/{manifest.json, runs.csv, timeseries.csv.gz, summary.json, summary.csv}"
                    + " and " + charts.count() + " charts in " + dir.resolve("charts"));
        }
    }

    private static void proportions(PrintWriter out, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            out.printf(Locale.ROOT, "  %-32s %5.1f%%  [%4.1f%%, %4.1f%%]%n", e.getKey().replace('_', ' '),
                    100 * p.path("p").asDouble(), 100 * p.path("ci95_low").asDouble(),
                    100 * p.path("ci95_high").asDouble());
        }
    }
}
