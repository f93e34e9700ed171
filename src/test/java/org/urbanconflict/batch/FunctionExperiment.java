package org.urbanconflict.batch;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * A test function as an {@link Experiment}: parameters {@code /x/1} ... {@code /x/k}, and a run whose one summary
 * metric {@code y} is the function of them, plus Gaussian noise of the given standard deviation drawn from the run's
 * seed. Lets the known-answer tests drive the real design, runner, journal and estimators.
 */
final class FunctionExperiment implements Experiment {
    private final String name;
    private final double[] x;
    private final ToDoubleFunction<double[]> f;
    private final double noise;
    /** Runs allowed before a run fails (to interrupt an analysis part-way); shared by every point, not hashed. */
    private final AtomicInteger budget;

    FunctionExperiment(String name, int k, ToDoubleFunction<double[]> f, double noise) {
        this(name, new double[k], f, noise, new AtomicInteger(Integer.MAX_VALUE));
    }

    private FunctionExperiment(String name, double[] x, ToDoubleFunction<double[]> f, double noise,
            AtomicInteger budget) {
        this.name = name;
        this.x = x;
        this.f = f;
        this.noise = noise;
        this.budget = budget;
    }

    /** The same experiment whose runs fail once {@code runs} of them have been made. */
    FunctionExperiment failingAfter(int runs) {
        return new FunctionExperiment(name, x, f, noise, new AtomicInteger(runs));
    }

    static String pointer(int i) {
        return "/x/" + (i + 1);
    }

    private int index(String pointer) {
        for (int i = 0; i < x.length; i++) {
            if (pointer(i).equals(pointer)) {
                return i;
            }
        }
        throw new IllegalArgumentException(pointer + " is not a numeric parameter; try /x/1");
    }

    @Override
    public String modelId() {
        return "test-function";
    }

    @Override
    public String summary() {
        return name;
    }

    @Override
    public Map<String, Citation> citations() {
        return Map.of();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String hash() {
        return name + Arrays.toString(x) + noise;
    }

    @Override
    public Map<String, String> configurationFiles() {
        return Map.of();
    }

    @Override
    public String parametersJson() {
        return "{}";
    }

    @Override
    public List<ValidationTarget> targets() {
        return List.of();
    }

    @Override
    public RunResult run(long seed) {
        if (budget.decrementAndGet() < 0) {
            throw new IllegalStateException("run budget spent");
        }
        double y = f.applyAsDouble(x.clone());
        if (noise > 0) {
            y += noise * new MersenneTwisterFast(seed).nextGaussian();
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("y", y);
        summary.put("y_squared", y * y);
        return new RunResult(name, hash(), seed, List.of(), new double[0][], null, summary, "done", Map.of(),
                List.of());
    }

    @Override
    public Experiment withParameter(String pointer, double value) {
        double[] changed = x.clone();
        changed[index(pointer)] = value;
        return new FunctionExperiment(name, changed, f, noise, budget);
    }

    @Override
    public double parameterValue(String pointer) {
        return x[index(pointer)];
    }

    @Override
    public ChartPlan chartPlan() {
        return new ChartPlan(List.of(), null, null, null, null, null, null, List.of("done"), List.of("y"));
    }
}
