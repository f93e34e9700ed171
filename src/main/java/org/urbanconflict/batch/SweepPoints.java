package org.urbanconflict.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code points.csv}: one tidy row per sweep point and metric (or outcome class), with the point's parameter
 * values, so a notebook can plot any metric against any parameter without reshaping.
 */
final class SweepPoints {
    private SweepPoints() {
    }

    static void write(Path dir, RunTable table, List<SweepDesign.Dimension> dims, List<double[]> values,
            int runsPerPoint, List<String> outcomes) throws IOException {
        List<String> labels = new ArrayList<>(List.of("point", "replicate"));
        dims.forEach(d -> labels.add(d.column()));
        List<String> metrics = table.metricColumns(labels);
        StringBuilder csv = new StringBuilder("point");
        dims.forEach(d -> csv.append(',').append(d.column()));
        csv.append(",kind,name,n,mean,sd,median,p05,p25,p75,p95,ci95_low,ci95_high\n");
        double[] pointOf = table.column("point");
        String[] outcome = table.outcomes();
        for (int p = 0; p < values.size(); p++) {
            StringBuilder prefix = new StringBuilder(Integer.toString(p));
            for (double v : values.get(p)) {
                prefix.append(',').append(Numbers.format(v));
            }
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < pointOf.length; i++) {
                if (pointOf[i] == p) {
                    rows.add(i);
                }
            }
            for (String m : metrics) {
                double[] column = table.column(m);
                double[] v = rows.stream().mapToDouble(i -> column[i]).toArray();
                Statistics.Description d = Statistics.describe(v);
                csv.append(prefix).append(",metric,").append(m).append(',').append(d.n());
                for (double x : new double[] {d.mean(), d.sd(), d.median(), d.p05(), d.p25(), d.p75(), d.p95(),
                    d.ciLow(), d.ciHigh()}) {
                    csv.append(',').append(Numbers.format(x));
                }
                csv.append('\n');
            }
            for (String o : outcomes) {
                long hits = rows.stream().filter(i -> outcome[i].equals(o)).count();
                Statistics.Proportion prop = Statistics.wilson(hits, rows.size());
                csv.append(prefix).append(",outcome,").append(o).append(',').append(rows.size()).append(',')
                        .append(Numbers.format(prop.p())).append(",,,,,,,").append(Numbers.format(prop.low()))
                        .append(',').append(Numbers.format(prop.high())).append('\n');
            }
        }
        RunFiles.atomically(dir.resolve("points.csv"), out -> out.write(csv.toString()));
    }
}
