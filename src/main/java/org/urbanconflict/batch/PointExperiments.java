package org.urbanconflict.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * The experiments of a large design, built when a point's first replicate starts and dropped after its last, so that
 * memory holds only the points in flight: a Basra point keeps a copy of the parameter beans (about 140 kB), and a
 * Sobol design of 20,000 points would otherwise hold gigabytes. Building a point costs one {@code withParameter} per
 * parameter (about 150 µs each for Basra), once per point, as when every point was built first; the values are set
 * exactly as {@link Sensitivity#plan} set them when it checked the design.
 */
final class PointExperiments implements java.io.Serializable {
    private final Experiment base;
    private final List<SweepDesign.Dimension> dimensions;
    private final double[][] unit;
    private final Map<Integer, Experiment> live = new ConcurrentHashMap<>();
    private final AtomicIntegerArray remaining;

    /** @param runsLeft per point, how many of its replicates are still to run (after a resume, fewer than R) */
    PointExperiments(Experiment base, List<SweepDesign.Dimension> dimensions, double[][] unit, int[] runsLeft) {
        this.base = base;
        this.dimensions = dimensions;
        this.unit = unit;
        this.remaining = new AtomicIntegerArray(runsLeft);
    }

    /** Point p's experiment with the design's values, as {@link Sensitivity#plan} checked it. */
    static Experiment build(Experiment base, List<SweepDesign.Dimension> dimensions, double[] unit) {
        Experiment e = base;
        for (int d = 0; d < dimensions.size(); d++) {
            SweepDesign.Dimension dim = dimensions.get(d);
            e = e.withParameter(dim.pointer(), dim.min() + unit[d] * (dim.max() - dim.min()));
        }
        return e;
    }

    /** The experiment a task of point p runs: built on its first run, forgotten after the last. */
    Experiment point(int p) {
        return new Point(p);
    }

    private final class Point implements Experiment {
        private final int p;

        Point(int p) {
            this.p = p;
        }

        private Experiment built() {
            Experiment e = live.get(p);
            return e != null ? e : build(base, dimensions, unit[p]);
        }

        @Override
        public RunResult run(long seed) {
            Experiment e = live.computeIfAbsent(p, k -> build(base, dimensions, unit[k]));
            try {
                return e.run(seed);
            } finally {
                if (remaining.decrementAndGet(p) <= 0) {
                    live.remove(p);
                }
            }
        }

        @Override
        public String modelId() {
            return base.modelId();
        }

        @Override
        public String summary() {
            return built().summary();
        }

        @Override
        public Map<String, Citation> citations() {
            return base.citations();
        }

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public String hash() {
            return built().hash();
        }

        @Override
        public Map<String, String> configurationFiles() {
            return built().configurationFiles();
        }

        @Override
        public String parametersJson() {
            return built().parametersJson();
        }

        @Override
        public List<ValidationTarget> targets() {
            return base.targets();
        }

        @Override
        public Experiment withParameter(String pointer, double value) {
            return built().withParameter(pointer, value);
        }

        @Override
        public double parameterValue(String pointer) {
            return built().parameterValue(pointer);
        }

        @Override
        public ChartPlan chartPlan() {
            return base.chartPlan();
        }
    }
}
