package org.urbanconflict.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.MetricSet;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * An experiment whose run on one seed fails in a Spark task's first attempt, as when an executor dies mid-task: Spark
 * must run the task again, and the folder must come out as if nothing happened. Failures are counted in this JVM,
 * where a local Spark runs its tasks.
 */
final class FailsOnFirstAttempt implements Experiment {
    static final AtomicInteger FAILURES = new AtomicInteger();

    private final Experiment inner;
    private final long failingSeed;

    FailsOnFirstAttempt(Experiment inner, long failingSeed) {
        this.inner = inner;
        this.failingSeed = failingSeed;
    }

    @Override
    public RunResult run(long seed) {
        TaskContext task = TaskContext.get();
        if (seed == failingSeed && task != null && task.attemptNumber() == 0) {
            FAILURES.incrementAndGet();
            throw new IllegalStateException("simulated loss of the task running seed " + seed);
        }
        return inner.run(seed);
    }

    @Override
    public String modelId() {
        return inner.modelId();
    }

    @Override
    public String summary() {
        return inner.summary();
    }

    @Override
    public Map<String, Citation> citations() {
        return inner.citations();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public String hash() {
        return inner.hash();
    }

    @Override
    public Map<String, String> configurationFiles() {
        return inner.configurationFiles();
    }

    @Override
    public String parametersJson() {
        return inner.parametersJson();
    }

    @Override
    public List<ValidationTarget> targets() {
        return inner.targets();
    }

    @Override
    public Experiment withParameter(String pointer, double value) {
        return new FailsOnFirstAttempt(inner.withParameter(pointer, value), failingSeed);
    }

    @Override
    public double parameterValue(String pointer) {
        return inner.parameterValue(pointer);
    }

    @Override
    public ChartPlan chartPlan() {
        return inner.chartPlan();
    }

    @Override
    public MetricSet<?> hourlyMetrics() {
        return inner.hourlyMetrics();
    }

    @Override
    public MetricSet<?> summaryMetrics() {
        return inner.summaryMetrics();
    }
}
