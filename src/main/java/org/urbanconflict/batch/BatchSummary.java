package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * {@code summary.json} and {@code summary.csv} of a folder of runs: per metric the mean, standard deviation,
 * median, 5/25/75/95% quantiles and the 95% interval of the mean; per outcome class and per validation target the
 * probability with its Wilson 95% interval. The CSV is one tidy row per metric, outcome or target.
 */
public final class BatchSummary {
    private static final String CSV_HEADER = "kind,name,n,missing,count,mean,sd,median,p05,p25,p75,p95,ci95_low,"
            + "ci95_high";

    private BatchSummary() {
    }

    public static void write(Path dir, RunTable table, List<String> labelColumns, List<String> outcomeClasses,
            List<ValidationTarget> targets) throws IOException {
        ObjectNode root = ResultsFolder.JSON.createObjectNode();
        root.put("runs", table.size());
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        ObjectNode metrics = root.putObject("metrics");
        for (String name : table.metricColumns(labelColumns)) {
            Statistics.Description d = Statistics.describe(table.column(name));
            ObjectNode m = metrics.putObject(name);
            m.put("n", d.n());
            m.put("missing", d.missing());
            put(m, "mean", d.mean());
            put(m, "sd", d.sd());
            put(m, "median", d.median());
            put(m, "p05", d.p05());
            put(m, "p25", d.p25());
            put(m, "p75", d.p75());
            put(m, "p95", d.p95());
            put(m, "ci95_low", d.ciLow());
            put(m, "ci95_high", d.ciHigh());
            csv.append(String.join(",", "metric", name, Integer.toString(d.n()), Integer.toString(d.missing()), "",
                    f(d.mean()), f(d.sd()), f(d.median()), f(d.p05()), f(d.p25()), f(d.p75()), f(d.p95()),
                    f(d.ciLow()), f(d.ciHigh()))).append('\n');
        }
        ObjectNode outcomes = root.putObject("outcomes");
        String[] seen = table.outcomes();
        TreeSet<String> classes = new TreeSet<>(outcomeClasses);
        classes.addAll(Arrays.asList(seen));
        for (String c : classes) {
            long count = Arrays.stream(seen).filter(c::equals).count();
            proportion(outcomes.putObject(c), csv, "outcome", c, Statistics.wilson(count, seen.length), null);
        }
        ObjectNode targetNode = root.putObject("targets");
        for (ValidationTarget t : targets) {
            String column = RunRows.TARGET_PREFIX + t.id().replace('-', '_');
            long hits = table.has(column) ? Arrays.stream(table.column(column)).filter(v -> v == 1.0).count() : 0;
            proportion(targetNode.putObject(t.id()), csv, "target", t.id(), Statistics.wilson(hits, table.size()),
                    t.description());
        }
        RunFiles.atomically(dir.resolve("summary.json"), out -> out.write(
                ResultsFolder.JSON.writeValueAsString(root) + "\n"));
        RunFiles.atomically(dir.resolve("summary.csv"), out -> out.write(csv.toString()));
    }

    private static void proportion(ObjectNode node, StringBuilder csv, String kind, String name,
            Statistics.Proportion p, String description) {
        if (description != null) {
            node.put("description", description);
        }
        node.put("count", p.successes());
        node.put("n", p.n());
        put(node, "p", p.p());
        put(node, "ci95_low", p.low());
        put(node, "ci95_high", p.high());
        csv.append(String.join(",", kind, name, Long.toString(p.n()), "", Long.toString(p.successes()), f(p.p()),
                "", "", "", "", "", "", f(p.low()), f(p.high()))).append('\n');
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, new java.math.BigDecimal(Numbers.format(value)));
        }
    }

    private static String f(double value) {
        return Numbers.format(value);
    }
}
