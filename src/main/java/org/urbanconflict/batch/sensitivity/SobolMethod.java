package org.urbanconflict.batch.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based (Sobol) indices by Saltelli's cross-sampling (Saltelli et al. 2010): two independent base samples A
 * and B of N points each, taken as the two halves of a 2k-dimensional Sobol sequence (Commons Math's
 * {@link SobolSequenceGenerator}), and for each parameter i the matrix A_B^(i), A with its column i taken from B. That
 * is N(k + 2) model evaluations. Jansen's estimators (Jansen 1999) then give, with V the variance of the outputs of A
 * and B together,
 * <ul>
 * <li>first-order S_i = (V − ½ mean((f(B) − f(A_B^(i)))²)) / V: the share of the variance x_i explains alone;</li>
 * <li>total S_Ti = ½ mean((f(A) − f(A_B^(i)))²) / V: its share including every interaction.</li>
 * </ul>
 * The first point of the sequence (all zeros, a corner of the box) is skipped, so the base samples are points 2 to
 * N + 1 of the sequence. Points are stored row by row: base row j holds A_j, B_j, A_B^(1)_j, ..., A_B^(k)_j, so the
 * first N/2 rows are a complete, smaller analysis: the estimates at N/2 beside those at N show whether they have
 * settled. N must be a power of two, where a Sobol sequence is balanced. Intervals: percentile bootstrap over base
 * rows. Costs, besides the runs, {@link Bootstrap#RESAMPLES} re-estimates per size: milliseconds.
 */
public final class SobolMethod implements SensitivityMethod {
    /** Points of the sequence skipped before the first base sample. */
    public static final int SKIPPED = 1;

    private final int k;
    private final int n;

    /** @throws IllegalArgumentException saying which setting is wrong */
    public SobolMethod(int k, int n) {
        if (k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("Sobol needs between 1 and 500 parameters to vary, not " + k);
        }
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("--design-size " + n + ": Sobol needs N a power of two, at least 4"
                    + " (e.g. 256, 512, 1024), where the Sobol sequence is balanced");
        }
        this.k = k;
        this.n = n;
    }

    @Override
    public String name() {
        return "sobol";
    }

    @Override
    public int dimensions() {
        return k;
    }

    public int baseSize() {
        return n;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "sobol: N %d, %d points (N(k+2)), Saltelli cross-sampling on a %d-dimensional"
                + " Sobol sequence skipping its first %d point, Jansen estimators", n, n * (k + 2), 2 * k, SKIPPED);
    }

    @Override
    public double[][] unitPoints() {
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        sequence.skipTo(SKIPPED);
        double[][] points = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] ab = sequence.nextVector();
            double[] a = Arrays.copyOfRange(ab, 0, k);
            double[] b = Arrays.copyOfRange(ab, k, 2 * k);
            points[j * (k + 2)] = a;
            points[j * (k + 2) + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                points[j * (k + 2) + 2 + i] = mixed;
            }
        }
        return points;
    }

    /** S1 and ST of every parameter at N/2 and at N (the convergence check), with bootstrap intervals. */
    @Override
    public List<IndexRow> estimate(double[] outputs, long bootstrapSeed) {
        if (outputs.length != n * (k + 2)) {
            throw new IllegalArgumentException("expected " + n * (k + 2) + " outputs, got " + outputs.length);
        }
        List<IndexRow> rows = new ArrayList<>();
        for (int size : new int[] {n / 2, n}) {
            double[][] complete = completeRows(outputs, size);
            double[] estimates = indices(complete, java.util.stream.IntStream.range(0, complete.length).toArray());
            double[][] resampled = complete.length == 0 ? new double[2 * k][0]
                    : Bootstrap.replicate(complete.length, bootstrapSeed + size, draw -> indices(complete, draw));
            for (int i = 0; i < k; i++) {
                double[] s1 = Bootstrap.interval(resampled[i]);
                double[] st = Bootstrap.interval(resampled[k + i]);
                rows.add(new IndexRow(i, "S1", estimates[i], s1[0], s1[1], complete.length));
                rows.add(new IndexRow(i, "ST", estimates[k + i], st[0], st[1], complete.length));
            }
        }
        return rows;
    }

    /** The first {@code size} base rows whose k + 2 outputs are all present, each as f(A), f(B), f(A_B^(i))... */
    private double[][] completeRows(double[] outputs, int size) {
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < size; j++) {
            double[] row = Arrays.copyOfRange(outputs, j * (k + 2), (j + 1) * (k + 2));
            if (Arrays.stream(row).allMatch(Double::isFinite)) {
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    /**
     * Jansen's estimates over the drawn rows, in two passes: S1 of every parameter, then ST of every parameter. V is
     * the variance of f(A) and f(B) together (population form); NaN when it is 0.
     */
    double[] indices(double[][] rows, int[] draw) {
        double[] result = new double[2 * k];
        if (draw.length == 0) {
            java.util.Arrays.fill(result, Double.NaN);
            return result;
        }
        double sum = 0;
        for (int j : draw) {
            sum += rows[j][0] + rows[j][1];
        }
        double mean = sum / (2.0 * draw.length);
        double squares = 0;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int j : draw) {
            double[] row = rows[j];
            double a = row[0];
            double b = row[1];
            squares += (a - mean) * (a - mean) + (b - mean) * (b - mean);
            for (int i = 0; i < k; i++) {
                double fromB = b - row[2 + i];
                double fromA = a - row[2 + i];
                first[i] += fromB * fromB;
                total[i] += fromA * fromA;
            }
        }
        double v = squares / (2.0 * draw.length);
        for (int i = 0; i < k; i++) {
            result[i] = v > 0 ? (v - first[i] / (2.0 * draw.length)) / v : Double.NaN;
            result[k + i] = v > 0 ? total[i] / (2.0 * draw.length) / v : Double.NaN;
        }
        return result;
    }
}
