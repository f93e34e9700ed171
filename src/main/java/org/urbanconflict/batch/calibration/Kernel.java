package org.urbanconflict.batch.calibration;

import java.util.Arrays;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The proposal of one ABC-SMC generation: pick a particle of the previous population by weight, move it by a
 * multivariate normal step with twice the population's weighted covariance (Beaumont et al. 2009, who show this
 * minimises the Kullback-Leibler divergence between proposal and target for a Gaussian posterior), and keep the result
 * only if it lies in the prior box; otherwise pick and move again.
 *
 * <p><b>Truncation by redrawing the parent too.</b> Redrawing both the parent and the step (Toni et al. 2009, step
 * S2.1) makes the proposal density the untruncated mixture restricted to the box and divided by one constant, the
 * mixture's mass inside the box. That constant cancels when the weights are normalised, so the weight
 * {@code prior / sum_j w_j K(theta | theta_j)} stays exact with the ordinary normal density. Redrawing only the step
 * around a fixed parent would give each parent its own normaliser (its own mass inside the box), which would have to
 * be computed (no closed form for a correlated normal on a box) and put into every term.
 *
 * <p>The covariance is taken in units of each parameter's prior width, so parameters of very different scales (a
 * hazard of 1e-5 beside 7,000 fighters) do not make it look singular to the eigendecomposition; the density is
 * converted back exactly. A tiny ridge (a millionth of each range, squared) is added to the diagonal so that a
 * population that has collapsed along one parameter (or onto a line) still gives a positive definite covariance.
 * Costs one {@link MultivariateNormalDistribution} (for sampling) and one matrix inversion per generation, and
 * O(N d^2) per density evaluation.
 */
final class Kernel {
    private final Population previous;
    private final MultivariateNormalDistribution step;
    private final double[] cumulative;
    /** The inverse covariance and the density's constant, so each density term is a quadratic form and an exp. */
    private final double[][] precision;
    private final double normaliser;
    /** Each parameter's prior width: the step is drawn in units of it. */
    private final double[] scale;
    /** The ridge on the diagonal, in units of each prior width. */
    private static final double RIDGE = 1e-6;

    Kernel(Population previous, Prior prior, RandomGenerator random) {
        this.previous = previous;
        double[][] cov = previous.covariance();
        int dims = cov.length;
        scale = new double[dims];
        double logScale = 0;
        for (int a = 0; a < dims; a++) {
            scale[a] = prior.bounds().get(a).width();
            logScale += Math.log(scale[a]);
        }
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < dims; b++) {
                cov[a][b] *= 2 / (scale[a] * scale[b]);
            }
            cov[a][a] += RIDGE * RIDGE;
        }
        this.step = new MultivariateNormalDistribution(random, new double[dims], cov);
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(cov));
        double[][] unitPrecision = lu.getSolver().getInverse().getData();
        this.precision = new double[dims][dims];
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < dims; b++) {
                precision[a][b] = unitPrecision[a][b] / (scale[a] * scale[b]);
            }
        }
        this.normaliser = Math.exp(-logScale) / Math.sqrt(Math.pow(2 * Math.PI, dims) * lu.getDeterminant());
        this.cumulative = new double[previous.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += previous.weights()[i];
            cumulative[i] = sum;
        }
    }

    /** A parent picked by weight, then moved: one {@code nextDouble} and one multivariate normal draw. */
    double[] propose(RandomGenerator random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, u);
        int parent = Math.min(cumulative.length - 1, found >= 0 ? found + 1 : -found - 1);
        double[] move = step.sample();
        double[] theta = previous.particles()[parent].clone();
        for (int d = 0; d < theta.length; d++) {
            theta[d] += move[d] * scale[d];
        }
        return theta;
    }

    /**
     * The untruncated proposal density at theta: sum over the previous particles of w_j K(theta | theta_j). Written
     * out rather than through {@link MultivariateNormalDistribution#density}, which allocates matrices on every call:
     * a generation of N particles needs N^2 terms (4 million for 2,000 particles).
     */
    double density(double[] theta) {
        int dims = theta.length;
        double sum = 0;
        double[] diff = new double[dims];
        for (int j = 0; j < previous.size(); j++) {
            double[] parent = previous.particles()[j];
            for (int d = 0; d < dims; d++) {
                diff[d] = theta[d] - parent[d];
            }
            double q = 0;
            for (int a = 0; a < dims; a++) {
                double row = 0;
                for (int b = 0; b < dims; b++) {
                    row += precision[a][b] * diff[b];
                }
                q += diff[a] * row;
            }
            sum += previous.weights()[j] * Math.exp(-0.5 * q);
        }
        return sum * normaliser;
    }
}
