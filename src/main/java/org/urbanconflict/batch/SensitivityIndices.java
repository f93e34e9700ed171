package org.urbanconflict.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.batch.sensitivity.IndexRow;
import org.urbanconflict.batch.sensitivity.SensitivityMethod;

/**
 * The files of a sensitivity analysis besides runs.csv: {@code design.csv} (every point: its trajectory or base row,
 * its role, the values it runs with and its coordinates in the unit hypercube) and {@code indices.csv}, one tidy row
 * per estimate: method, metric, parameter (its JSON Pointer), statistic, value, ci_low, ci_high, n. Besides the
 * method's own statistics, each metric gets a {@code replicate_noise_share} row with an empty parameter: the mean
 * variance between replicates at one point over the variance of all runs. Near 0, the points' means are nearly
 * noise-free; near 1, the parameters move the metric less than the seed does and R must grow.
 */
public final class SensitivityIndices {
    public static final String FILE = "indices.csv";
    public static final String NOISE = "replicate_noise_share";
    private static final String HEADER = "method,metric,parameter,statistic,value,ci_low,ci_high,n";

    /** One row of indices.csv. */
    public record Row(String method, String metric, String parameter, String statistic, double value, double low,
            double high, int n) {
    }

    private SensitivityIndices() {
    }

    /** Averages each point's replicates per metric and hands the means to the method, metric by metric. */
    static List<Row> estimate(Sensitivity.Config c, RunTable table, int points) {
        List<Row> rows = new ArrayList<>();
        double[] pointOf = table.column("point");
        for (int m = 0; m < c.metrics().size(); m++) {
            String metric = c.metrics().get(m);
            double[] values = table.column(metric);
            double[] sum = new double[points];
            double[] squares = new double[points];
            int[] count = new int[points];
            for (int i = 0; i < values.length; i++) {
                if (Double.isFinite(values[i])) {
                    int p = (int) pointOf[i];
                    sum[p] += values[i];
                    squares[p] += values[i] * values[i];
                    count[p]++;
                }
            }
            double[] means = new double[points];
            for (int p = 0; p < points; p++) {
                means[p] = count[p] == 0 ? Double.NaN : sum[p] / count[p];
            }
            for (IndexRow r : c.method().estimate(means, Seeds.auxiliary(c.masterSeed(), 1 + m))) {
                rows.add(new Row(c.method().name(), metric, c.dimensions().get(r.parameter()).pointer(),
                        r.statistic(), r.value(), r.low(), r.high(), r.n()));
            }
            if (c.runsPerPoint() > 1) {
                rows.add(new Row(c.method().name(), metric, "", NOISE, noiseShare(values, pointOf, means, count),
                        Double.NaN, Double.NaN, (int) java.util.Arrays.stream(values).filter(Double::isFinite)
                        .count()));
            }
        }
        return rows;
    }

    /**
     * Mean within-point variance (over points with two or more finite replicates) over the variance of every finite
     * run; NaN when there is no variance at all.
     */
    static double noiseShare(double[] values, double[] pointOf, double[] means, int[] count) {
        double[] within = new double[means.length];
        for (int i = 0; i < values.length; i++) {
            int p = (int) pointOf[i];
            if (Double.isFinite(values[i]) && count[p] > 1) {
                double d = values[i] - means[p];
                within[p] += d * d / (count[p] - 1);
            }
        }
        double meanWithin = java.util.stream.IntStream.range(0, means.length).filter(p -> count[p] > 1)
                .mapToDouble(p -> within[p]).average().orElse(Double.NaN);
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length < 2) {
            return Double.NaN;
        }
        double total = new org.apache.commons.math3.stat.descriptive.moment.Variance(true).evaluate(finite);
        return total > 0 ? meanWithin / total : Double.NaN;
    }

    static void write(Path dir, List<Row> rows) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            csv.append(r.method()).append(',').append(r.metric()).append(',').append(r.parameter()).append(',')
                    .append(r.statistic()).append(',').append(Numbers.format(r.value())).append(',')
                    .append(Numbers.format(r.low())).append(',').append(Numbers.format(r.high())).append(',')
                    .append(r.n()).append('\n');
        }
        RunFiles.atomically(dir.resolve(FILE), out -> out.write(csv.toString()));
    }

    /** Reads indices.csv back (for {@code chart DIR} and a resumed, finished analysis). */
    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException(file + " does not start with the header " + HEADER);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], f[1], f[2], f[3], number(f[4]), number(f[5]), number(f[6]),
                        Integer.parseInt(f[7])));
            }
        }
        return rows;
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** design.csv: point, block (trajectory or base row), role, the values run, then the unit coordinates. */
    static void writeDesign(Path dir, Sensitivity.Config c, Sensitivity.Plan plan) throws IOException {
        SensitivityMethod method = c.method();
        int k = c.dimensions().size();
        int perBlock = method.name().equals("morris") ? k + 1 : k + 2;
        StringBuilder csv = new StringBuilder("point,").append(method.name().equals("morris") ? "trajectory"
                : "base_row").append(",role");
        c.dimensions().forEach(d -> csv.append(',').append(d.column()));
        c.dimensions().forEach(d -> csv.append(",unit.").append(d.column()));
        csv.append('\n');
        for (int p = 0; p < plan.unit().length; p++) {
            csv.append(p).append(',').append(p / perBlock).append(',').append(role(c, plan, p, perBlock));
            for (double v : plan.values().get(p)) {
                csv.append(',').append(Numbers.format(v));
            }
            for (double u : plan.unit()[p]) {
                csv.append(',').append(Numbers.format(u));
            }
            csv.append('\n');
        }
        RunFiles.atomically(dir.resolve("design.csv"), out -> out.write(csv.toString()));
    }

    /**
     * Morris: "start", or the pointer of the parameter this point moved. Sobol: "A", "B", or "AB:" and the pointer
     * whose column came from B.
     */
    private static String role(Sensitivity.Config c, Sensitivity.Plan plan, int p, int perBlock) {
        int within = p % perBlock;
        if (c.method().name().equals("morris")) {
            if (within == 0) {
                return "start";
            }
            double[] before = plan.unit()[p - 1];
            for (int d = 0; d < before.length; d++) {
                if (before[d] != plan.unit()[p][d]) {
                    return c.dimensions().get(d).pointer();
                }
            }
            return "";
        }
        return within == 0 ? "A" : within == 1 ? "B" : "AB:" + c.dimensions().get(within - 2).pointer();
    }
}
