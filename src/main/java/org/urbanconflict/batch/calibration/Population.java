package org.urbanconflict.batch.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One generation's accepted particles: parameter vectors, normalised importance weights and the mean distance each
 * was accepted with. Immutable once built.
 */
public record Population(double[][] particles, double[] weights, double[] distances)
        implements java.io.Serializable {

    public int size() {
        return particles.length;
    }

    /** Kish's effective sample size, (sum w)^2 / sum w^2: N for equal weights, 1 when one particle holds them all. */
    public double ess() {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }

    /** The weighted mean of one parameter. */
    public double mean(int d) {
        double m = 0;
        for (int i = 0; i < size(); i++) {
            m += weights[i] * particles[i][d];
        }
        return m;
    }

    /** The weighted standard deviation of one parameter (weights taken as probabilities). */
    public double sd(int d) {
        double m = mean(d);
        double v = 0;
        for (int i = 0; i < size(); i++) {
            v += weights[i] * (particles[i][d] - m) * (particles[i][d] - m);
        }
        return Math.sqrt(v);
    }

    /**
     * The weighted quantile of one parameter: the smallest particle value whose cumulative weight (particles sorted by
     * value) reaches q; with equal weights and odd N, the median is the middle particle.
     */
    public double quantile(int d, double q) {
        Integer[] order = IntStream.range(0, size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> particles[i][d]));
        double total = Arrays.stream(weights).sum();
        double cumulative = 0;
        for (int i : order) {
            cumulative += weights[i];
            if (cumulative >= q * total * (1 - 1e-12)) {
                return particles[i][d];
            }
        }
        return particles[order[order.length - 1]][d];
    }

    /** Weighted covariance of the particles (weights taken as probabilities). */
    public double[][] covariance() {
        int dims = particles[0].length;
        double[] mean = new double[dims];
        for (int d = 0; d < dims; d++) {
            mean[d] = mean(d);
        }
        double[][] cov = new double[dims][dims];
        for (int i = 0; i < size(); i++) {
            for (int a = 0; a < dims; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += weights[i] * (particles[i][a] - mean[a]) * (particles[i][b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < a; b++) {
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    /** Index of the particle that a uniform number {@code u} in [0, 1) picks, each with probability its weight. */
    public int pick(double u) {
        double total = Arrays.stream(weights).sum();
        double target = u * total;
        double cumulative = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            if (target < cumulative) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
