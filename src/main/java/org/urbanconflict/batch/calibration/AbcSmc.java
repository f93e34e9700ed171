package org.urbanconflict.batch.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.urbanconflict.batch.Seeds;

/**
 * ABC-SMC, the population Monte Carlo sampler of Beaumont et al. (2009) and Toni et al. (2009), with an adaptive
 * tolerance schedule (Del Moral et al. 2012 style, on quantiles).
 *
 * <ol>
 * <li>Generation 0 draws N particles from the prior and accepts them all (tolerance infinite, equal weights).</li>
 * <li>Generation t sets its tolerance to a quantile (default the median) of generation t-1's accepted distances,
 * proposes from the {@link Kernel} and accepts a proposal whose distance is at most the tolerance, in proposal order,
 * until N are accepted. Weights are {@code 1 / sum_j w_j K(theta | theta_j)}: the prior is uniform, so its density
 * cancels.</li>
 * <li>It stops after G generations; after a generation whose acceptance rate fell below the floor (its population is
 * still a valid posterior, and the next would cost more than the floor allows); when a generation cannot reach N
 * acceptances within N / floor proposals (the previous population is then the posterior); or when the tolerance has
 * been 0 for a generation already (it cannot shrink further).</li>
 * </ol>
 *
 * <p><b>Determinism.</b> Generation g draws every proposal, in order, from its own {@link MersenneTwister} seeded with
 * {@code Seeds.replicate(~master, g)}, and proposals are evaluated in chunks whose sizes depend only on N and the
 * acceptances so far. Evaluation may run on any number of threads; acceptance goes through proposals in index order.
 * So the populations do not depend on the thread count, and a resumed calibration re-derives the same proposals.
 * Proposals evaluated beyond the N-th acceptance of a generation are wasted, at most one chunk's tail.
 */
public final class AbcSmc {
    /** Smallest chunk of proposals evaluated at once, so that threads have work at a generation's tail. */
    static final int MIN_CHUNK = 32;

    /**
     * The sampler's settings.
     *
     * @param quantile      the quantile of the previous distances that becomes the next tolerance, in (0, 1)
     * @param minAcceptance the acceptance-rate floor, in (0, 1]
     */
    public record Settings(int particles, int generations, double quantile, double minAcceptance) {
        /** Proposals a generation may use before it is abandoned. */
        long budget() {
            return (long) Math.ceil(particles / minAcceptance);
        }
    }

    /** Evaluates proposals: their mean distances, in order. Proposal numbers run on across generations. */
    public interface Evaluator {
        double[] evaluate(int generation, long firstProposal, List<double[]> thetas) throws IOException;
    }

    /**
     * One generation as it ended: its tolerance, how many proposals it looked at (up to its N-th acceptance), how
     * many it accepted, and its population (null when it was abandoned short of N).
     */
    public record Generation(int index, double tolerance, long proposals, int accepted, Population population) {
        public double acceptanceRate() {
            return proposals == 0 ? Double.NaN : (double) accepted / proposals;
        }

        public boolean complete() {
            return population != null;
        }
    }

    /** Every generation and why the sampler stopped; the posterior is the last complete generation's population. */
    public record Result(List<Generation> generations, String stopReason) {
        public Population posterior() {
            for (int g = generations.size() - 1; g >= 0; g--) {
                if (generations.get(g).complete()) {
                    return generations.get(g).population();
                }
            }
            throw new IllegalStateException("no complete generation");
        }

        /** The index of the generation whose population is the posterior. */
        public int posteriorGeneration() {
            return generations.stream().filter(Generation::complete).mapToInt(Generation::index).max().orElse(-1);
        }
    }

    /** Called after each generation, for output files and progress lines. */
    public interface Listener {
        void generationDone(Generation generation) throws IOException;
    }

    private AbcSmc() {
    }

    /**
     * Runs the sampler.
     *
     * @param admissible whether the model accepts a parameter vector inside the box (rules that tie values together);
     *                   a refused proposal is redrawn, like one outside the box
     */
    public static Result run(Prior prior, Settings s, long masterSeed, Predicate<double[]> admissible,
            Evaluator evaluator, Listener listener) throws IOException {
        List<Generation> done = new ArrayList<>();
        long next = 0;
        RandomGenerator random = generator(masterSeed, 0);
        List<double[]> first = new ArrayList<>();
        for (int i = 0; i < s.particles(); i++) {
            first.add(draw(() -> prior.sample(random), prior, admissible));
        }
        double[] distances = evaluator.evaluate(0, next, first);
        next += s.particles();
        double[] equal = new double[s.particles()];
        Arrays.fill(equal, 1.0 / s.particles());
        Population population = new Population(first.toArray(double[][]::new), equal, distances);
        Generation generation = new Generation(0, Double.POSITIVE_INFINITY, s.particles(), s.particles(), population);
        done.add(generation);
        listener.generationDone(generation);
        for (int g = 1; g < s.generations(); g++) {
            double tolerance = quantile(population.distances(), s.quantile());
            if (tolerance == 0 && generation.tolerance() == 0) {
                return new Result(done, "the tolerance reached 0 (every accepted particle hits every target)");
            }
            RandomGenerator rng = generator(masterSeed, g);
            Kernel kernel = new Kernel(population, prior, rng);
            List<double[]> accepted = new ArrayList<>();
            List<Double> acceptedDistances = new ArrayList<>();
            long proposed = 0;
            double rate = g == 1 ? s.quantile() : generation.acceptanceRate();
            while (accepted.size() < s.particles() && proposed < s.budget()) {
                int chunk = chunk(s, accepted.size(), proposed, rate);
                List<double[]> thetas = new ArrayList<>(chunk);
                for (int i = 0; i < chunk; i++) {
                    thetas.add(draw(() -> kernel.propose(rng), prior, admissible));
                }
                double[] d = evaluator.evaluate(g, next, thetas);
                next += chunk;
                for (int i = 0; i < chunk && accepted.size() < s.particles(); i++) {
                    proposed++;
                    if (d[i] <= tolerance) {
                        accepted.add(thetas.get(i));
                        acceptedDistances.add(d[i]);
                    }
                }
                rate = (accepted.size() + 1.0) / (proposed + 1.0);
            }
            if (accepted.size() < s.particles()) {
                done.add(new Generation(g, tolerance, proposed, accepted.size(), null));
                listener.generationDone(done.get(done.size() - 1));
                return new Result(done, "generation " + g + " accepted only " + accepted.size() + " of " + proposed
                        + " proposals, below the acceptance floor; the posterior is generation " + (g - 1));
            }
            double[][] particles = accepted.toArray(double[][]::new);
            double[] weights = new double[particles.length];
            double total = 0;
            for (int i = 0; i < particles.length; i++) {
                weights[i] = 1.0 / kernel.density(particles[i]);
                total += weights[i];
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= total;
            }
            population = new Population(particles, weights,
                    acceptedDistances.stream().mapToDouble(Double::doubleValue).toArray());
            generation = new Generation(g, tolerance, proposed, particles.length, population);
            done.add(generation);
            listener.generationDone(generation);
            if (generation.acceptanceRate() < s.minAcceptance()) {
                return new Result(done, "the acceptance rate of generation " + g + " fell below the floor of "
                        + s.minAcceptance());
            }
        }
        return new Result(done, "reached " + s.generations() + " generations");
    }

    /** Generation g's generator: its own stream, so chunking in one generation never shifts the next one's draws. */
    static RandomGenerator generator(long masterSeed, int g) {
        return new MersenneTwister(Seeds.replicate(~masterSeed, g));
    }

    /** The next chunk: enough proposals for the missing acceptances at the current rate, plus a tenth. */
    private static int chunk(Settings s, int accepted, long proposed, double rate) {
        double wanted = 1.1 * (s.particles() - accepted) / Math.max(rate, s.minAcceptance());
        long size = Math.max(MIN_CHUNK, (long) Math.ceil(wanted));
        return (int) Math.min(size, Math.min(s.budget() - proposed, 1L << 20));
    }

    private interface Draw {
        double[] next();
    }

    /** Draws until the proposal is inside the box and the model accepts it. */
    private static double[] draw(Draw draw, Prior prior, Predicate<double[]> admissible) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            double[] theta = draw.next();
            if (prior.contains(theta) && admissible.test(theta)) {
                return theta;
            }
        }
        throw new IllegalStateException("100,000 proposals in a row fell outside the prior box or were refused by the"
                + " model's rules; narrow the --vary ranges to values the scenario allows together");
    }

    /** Type-7 quantile (as R and numpy) of the distances. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(sorted, q * 100);
    }
}
