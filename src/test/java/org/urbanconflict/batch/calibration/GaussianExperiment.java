package org.urbanconflict.batch.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.MersenneTwister;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * A model with a known posterior, for the calibration's known-answer tests: a run on seed s draws n observations from
 * N(mu, sigma^2) with a generator seeded by s and reports their mean, a sufficient statistic for mu. The validation
 * target is the point {@code mean = observed}, so the calibration's distance is |mean - observed| / observed, and ABC
 * with a tolerance going to 0 samples the exact posterior of mu: with a flat prior on a box far wider than the
 * likelihood, N(observed, sigma^2 / n).
 *
 * <p>{@code failAfter} makes the runs throw once that many have run (counted across every copy), to interrupt a
 * calibration the way a crash would.
 */
final class GaussianExperiment implements Experiment {
    static final String POINTER = "/mu";

    private final double mu;
    private final int n;
    private final double sigma;
    private final double observed;
    private final AtomicInteger failAfter;

    GaussianExperiment(double mu, int n, double sigma, double observed, AtomicInteger failAfter) {
        this.mu = mu;
        this.n = n;
        this.sigma = sigma;
        this.observed = observed;
        this.failAfter = failAfter;
    }

    @Override
    public RunResult run(long seed) {
        if (failAfter != null && failAfter.decrementAndGet() < 0) {
            throw new IllegalStateException("simulated crash");
        }
        MersenneTwister random = new MersenneTwister(seed);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += mu + sigma * random.nextGaussian();
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("mean", sum / n);
        Map<String, Boolean> hits = new LinkedHashMap<>();
        for (ValidationTarget t : targets()) {
            hits.put(t.id(), t.isHitBy(summary));
        }
        return new RunResult(name(), hash(), seed, List.of(), new double[0][0], null, summary, "done", hits,
                List.of());
    }

    @Override
    public List<ValidationTarget> targets() {
        return List.of(new ValidationTarget("mean", "the sample mean equals the observed one", "test",
                List.of(new ValidationTarget.Condition("mean", observed, observed))),
                new ValidationTarget("positive", "the sample mean is positive", "test",
                        List.of(new ValidationTarget.Condition("mean", 0.0, null))));
    }

    @Override
    public Experiment withParameter(String pointer, double value) {
        if (!pointer.equals(POINTER)) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter; the only one is " + POINTER);
        }
        return new GaussianExperiment(value, n, sigma, observed, failAfter);
    }

    @Override
    public double parameterValue(String pointer) {
        withParameter(pointer, mu);
        return mu;
    }

    @Override
    public String modelId() {
        return "gaussian-test";
    }

    @Override
    public String summary() {
        return "Gaussian test model";
    }

    @Override
    public Map<String, org.urbanconflict.core.scenario.Citation> citations() {
        return Map.of();
    }

    @Override
    public String name() {
        return "Gaussian";
    }

    @Override
    public String hash() {
        return "gaussian-" + mu + "-" + n + "-" + sigma + "-" + observed;
    }

    @Override
    public Map<String, String> configurationFiles() {
        return Map.of("scenario.json", "{\"mu\": " + mu + "}\n");
    }

    @Override
    public String parametersJson() {
        return "{\"mu\": " + mu + "}";
    }

    @Override
    public ChartPlan chartPlan() {
        return new ChartPlan(List.of(), "mean", "sample mean", "", null, null, null, List.of("done"),
                List.of("mean"));
    }
}
