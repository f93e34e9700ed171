package org.urbanconflict.batch;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.core.scenario.ScenarioProblem;

/**
 * The points of a parameter sweep: a full-factorial grid, or a Latin hypercube sample in which each parameter's
 * range is cut into K equal strata and every stratum is used exactly once, with a uniform position inside it.
 * The hypercube is drawn from a generator seeded by the master seed, so a sweep is reproducible.
 */
public final class SweepDesign {
    /** One varied parameter: its JSON Pointer and range; {@code steps} is used by grids only. */
    public record Dimension(String pointer, double min, double max, int steps) implements java.io.Serializable {
        /**
         * Parses {@code PATH=MIN:MAX[:STEPS]}; throws with a one-line message naming the argument (a control
         * character in it, such as a newline typed into a shell, is shown escaped).
         */
        public static Dimension parse(String spec, int defaultSteps) {
            try {
                return parseText(spec, defaultSteps);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ScenarioProblem.oneLine(e.getMessage()), e);
            }
        }

        /**
         * Checks that both ends of the range may be set on {@code base} (the parameter exists and the schema allows
         * them), before anything runs; throws with a one-line message that starts {@code --vary SPEC: }.
         */
        public void checkOn(org.urbanconflict.core.Experiment base, String spec) {
            try {
                base.withParameter(pointer, min);
                base.withParameter(pointer, max);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ScenarioProblem.oneLine("--vary " + spec + ": " + e.getMessage()),
                        e);
            }
        }

        private static Dimension parseText(String spec, int defaultSteps) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--vary " + spec + ": expected PATH=MIN:MAX[:STEPS], e.g. "
                        + "/militia/fighters=5000:17000:5");
            }
            String pointer = spec.substring(0, eq);
            String[] parts = spec.substring(eq + 1).split(":");
            if (!pointer.startsWith("/") || parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("--vary " + spec + ": expected PATH=MIN:MAX[:STEPS] with PATH a JSON"
                        + " Pointer such as /militia/fighters");
            }
            try {
                double min = Double.parseDouble(parts[0]);
                double max = Double.parseDouble(parts[1]);
                int steps = parts.length == 3 ? Integer.parseInt(parts[2]) : defaultSteps;
                if (!(min <= max)) {
                    throw new IllegalArgumentException("--vary " + spec + ": MIN " + parts[0] + " is above MAX "
                            + parts[1]);
                }
                if (steps < 1 || (steps == 1 && min != max)) {
                    throw new IllegalArgumentException("--vary " + spec + ": STEPS must be at least 2 for a range "
                            + "(1 only when MIN equals MAX)");
                }
                return new Dimension(pointer, min, max, steps);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--vary " + spec + ": MIN, MAX and STEPS must be numbers ("
                        + e.getMessage() + ")");
            }
        }

        /** Column name in output files: the pointer without its leading slash, with dots for slashes. */
        public String column() {
            return pointer.substring(1).replace('/', '.');
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s=%s:%s:%d", pointer, Numbers.format(min), Numbers.format(max),
                    steps);
        }
    }

    private SweepDesign() {
    }

    /** Every combination of each dimension's evenly spaced steps, the last dimension varying fastest. */
    public static List<double[]> grid(List<Dimension> dims) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (Dimension d : dims) {
            List<double[]> next = new ArrayList<>();
            for (double[] prefix : points) {
                for (int s = 0; s < d.steps(); s++) {
                    double[] p = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    p[prefix.length] = d.steps() == 1 ? d.min() : d.min() + (d.max() - d.min()) * s / (d.steps() - 1);
                    next.add(p);
                }
            }
            points = next;
        }
        return points;
    }

    /** A Latin hypercube of {@code k} points: each dimension's k strata each used exactly once. */
    public static List<double[]> latinHypercube(List<Dimension> dims, int k, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[][] columns = new double[dims.size()][k];
        for (int d = 0; d < dims.size(); d++) {
            int[] strata = new int[k];
            for (int i = 0; i < k; i++) {
                strata[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            Dimension dim = dims.get(d);
            for (int i = 0; i < k; i++) {
                double u = (strata[i] + random.nextDouble()) / k;
                columns[d][i] = dim.min() + u * (dim.max() - dim.min());
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] p = new double[dims.size()];
            for (int d = 0; d < dims.size(); d++) {
                p[d] = columns[d][i];
            }
            points.add(p);
        }
        return points;
    }
}
