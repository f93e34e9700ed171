package org.urbanconflict.batch.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.MetricSet;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.CanonicalJson;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * The posterior predictive distribution as an {@link Experiment}, so that an ordinary {@code Batch} (its seeds,
 * threads, journal, resume, summary and charts) runs it. A run on seed s first picks a particle, each with
 * probability its weight, from the uniform number {@code Seeds.replicate(s, 0) / 2^53}, then runs that particle's
 * experiment on s itself. The pick depends on the seed alone, so the batch is the same on any number of threads, and
 * a batch of the scenario as it was on the same master seed runs on the same seeds (common random numbers).
 */
final class PosteriorExperiment implements Experiment {
    private final Experiment base;
    private final Prior prior;
    private final Population posterior;
    private final List<Experiment> particles;
    private final String hash;

    PosteriorExperiment(Experiment base, Prior prior, Population posterior) {
        this.base = base;
        this.prior = prior;
        this.posterior = posterior;
        this.particles = new ArrayList<>();
        StringBuilder key = new StringBuilder(base.hash());
        for (int i = 0; i < posterior.size(); i++) {
            particles.add(JournalEvaluator.apply(base, prior, posterior.particles()[i]));
            key.append(';').append(Numbers.format(posterior.weights()[i]));
            for (double v : posterior.particles()[i]) {
                key.append(',').append(Numbers.format(v));
            }
        }
        this.hash = CanonicalJson.sha256(key.toString());
    }

    /** The particle a run on this seed uses. */
    int particleOf(long seed) {
        return posterior.pick(Seeds.replicate(seed, 0) / (double) (1L << 53));
    }

    @Override
    public RunResult run(long seed) {
        return particles.get(particleOf(seed)).run(seed);
    }

    @Override
    public String modelId() {
        return base.modelId();
    }

    @Override
    public String summary() {
        return base.summary() + "; " + prior.dimension() + " of them drawn from a posterior of " + posterior.size()
                + " particles";
    }

    @Override
    public Map<String, Citation> citations() {
        return base.citations();
    }

    @Override
    public String name() {
        return base.name() + " (posterior predictive)";
    }

    @Override
    public String hash() {
        return hash;
    }

    @Override
    public Map<String, String> configurationFiles() {
        return base.configurationFiles();
    }

    @Override
    public String parametersJson() {
        return base.parametersJson();
    }

    @Override
    public List<ValidationTarget> targets() {
        return base.targets();
    }

    /** A parameter the calibration did not vary may be set as usual; a calibrated one varies by particle. */
    @Override
    public Experiment withParameter(String pointer, double value) {
        refuseCalibrated(pointer);
        return new PosteriorExperiment(base.withParameter(pointer, value), prior, posterior);
    }

    @Override
    public double parameterValue(String pointer) {
        refuseCalibrated(pointer);
        return base.parameterValue(pointer);
    }

    private void refuseCalibrated(String pointer) {
        if (prior.bounds().stream().anyMatch(b -> b.pointer().equals(pointer))) {
            throw new IllegalArgumentException(pointer + " is calibrated: its value differs from particle to particle");
        }
    }

    @Override
    public ChartPlan chartPlan() {
        return base.chartPlan();
    }

    @Override
    public MetricSet<?> hourlyMetrics() {
        return base.hourlyMetrics();
    }

    @Override
    public MetricSet<?> summaryMetrics() {
        return base.summaryMetrics();
    }
}
