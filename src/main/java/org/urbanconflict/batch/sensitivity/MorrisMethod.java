package org.urbanconflict.batch.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Morris's elementary-effects screening (Morris 1991; μ* from Campolongo, Cariboni &amp; Saltelli 2007). The design is
 * {@code r} random trajectories on a grid of {@code p} levels in the unit hypercube; each trajectory starts at a
 * random grid point and moves one parameter at a time, in random order and direction, by Δ = p / (2(p − 1)), so it
 * has k + 1 points and gives one elementary effect per parameter: the change of the output divided by Δ. Effects are
 * per unit of the parameter's range scaled to [0, 1], so parameters with different units compare directly.
 * <p>
 * Per parameter: μ (mean effect; signs can cancel), μ* (mean absolute effect: the importance) and σ (standard
 * deviation of the effects: large when the effect depends on where the other parameters are, through interactions
 * or non-linearity), with a bootstrap 95% interval of μ* over trajectories. Costs r(k + 1) model evaluations.
 * Trajectories are drawn at random, not picked for spread from a larger set (Campolongo's refinement), which keeps
 * the design cheap and simple and needs a somewhat larger r for the same coverage.
 */
public final class MorrisMethod implements SensitivityMethod {
    private final int k;
    private final int trajectories;
    private final int levels;
    private final long seed;

    /**
     * @param levels an even number of grid levels, at least 2, so that Δ is a whole number of grid steps
     * @throws IllegalArgumentException saying which setting is wrong
     */
    public MorrisMethod(int k, int trajectories, int levels, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("Morris needs at least one parameter to vary");
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("--design-size " + trajectories + ": Morris needs at least 2"
                    + " trajectories (10 to 50 is usual)");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("--levels " + levels + ": Morris needs an even number of levels, at"
                    + " least 2 (4 is usual), so that the step p/(2(p-1)) lands on the grid");
        }
        this.k = k;
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
    }

    /** The step, in units of the scaled range: p / (2(p − 1)). */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    @Override
    public String name() {
        return "morris";
    }

    @Override
    public int dimensions() {
        return k;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "morris: %d trajectories, %d levels, delta %.4g, %d points", trajectories,
                levels, delta(), trajectories * (k + 1));
    }

    /**
     * Trajectory t occupies points t(k + 1) to t(k + 1) + k. Drawn from a generator seeded by the method's seed, so
     * the design is reproducible.
     */
    @Override
    public double[][] unitPoints() {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double step = 1.0 / (levels - 1);
        double delta = delta();
        double[][] points = new double[trajectories * (k + 1)][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            double[] direction = new double[k];
            for (int i = 0; i < k; i++) {
                double base = random.nextInt(levels / 2) * step;
                direction[i] = random.nextBoolean() ? 1 : -1;
                x[i] = direction[i] > 0 ? base : base + delta;
            }
            int[] order = permutation(random);
            points[t * (k + 1)] = x.clone();
            for (int j = 0; j < k; j++) {
                int i = order[j];
                x[i] = clean(x[i] + direction[i] * delta);
                points[t * (k + 1) + j + 1] = x.clone();
            }
        }
        return points;
    }

    /** Snaps float noise (0.9999999) back onto the grid's end points. */
    private static double clean(double v) {
        return Math.abs(v) < 1e-12 ? 0 : Math.abs(v - 1) < 1e-12 ? 1 : v;
    }

    private int[] permutation(MersenneTwisterFast random) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** effects[t][i]: trajectory t's elementary effect of parameter i, NaN when either output is missing. */
    public double[][] effects(double[] outputs) {
        if (outputs.length != trajectories * (k + 1)) {
            throw new IllegalArgumentException("expected " + trajectories * (k + 1) + " outputs, got "
                    + outputs.length);
        }
        double[][] points = unitPoints();
        double[][] effects = new double[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            for (int j = 1; j <= k; j++) {
                double[] before = points[t * (k + 1) + j - 1];
                double[] after = points[t * (k + 1) + j];
                int i = 0;
                while (before[i] == after[i]) {
                    i++;
                }
                effects[t][i] = (outputs[t * (k + 1) + j] - outputs[t * (k + 1) + j - 1]) / (after[i] - before[i]);
            }
        }
        return effects;
    }

    @Override
    public List<IndexRow> estimate(double[] outputs, long bootstrapSeed) {
        double[][] effects = effects(outputs);
        double[][] resampled = Bootstrap.replicate(trajectories, bootstrapSeed, draw -> meanAbs(effects, draw));
        double[] muStar = meanAbs(effects, java.util.stream.IntStream.range(0, trajectories).toArray());
        List<IndexRow> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] all = new double[trajectories];
            for (int t = 0; t < trajectories; t++) {
                all[t] = effects[t][i];
            }
            int n = (int) java.util.Arrays.stream(all).filter(Double::isFinite).count();
            double[] interval = Bootstrap.interval(resampled[i]);
            rows.add(new IndexRow(i, "mu", mean(all), Double.NaN, Double.NaN, n));
            rows.add(new IndexRow(i, "mu_star", muStar[i], interval[0], interval[1], n));
            rows.add(new IndexRow(i, "sigma", sd(all), Double.NaN, Double.NaN, n));
        }
        return rows;
    }

    /** μ* of every parameter over the drawn trajectories, leaving out missing effects (NaN where none is left). */
    private double[] meanAbs(double[][] effects, int[] draw) {
        double[] sum = new double[k];
        int[] n = new int[k];
        for (int t : draw) {
            for (int i = 0; i < k; i++) {
                double e = effects[t][i];
                if (Double.isFinite(e)) {
                    sum[i] += Math.abs(e);
                    n[i]++;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            sum[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        }
        return sum;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** Sample standard deviation (n − 1), as Morris and SALib report it; NaN below two effects. */
    private static double sd(double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length < 2) {
            return Double.NaN;
        }
        return Math.sqrt(new org.apache.commons.math3.stat.descriptive.moment.Variance(true).evaluate(finite));
    }
}
