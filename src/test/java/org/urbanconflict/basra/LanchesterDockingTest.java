package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.Attrition.Defender;

/**
 * Docks the combat kernel against Lanchester's square law. Two homogeneous forces in open terrain (density 0, so no
 * defender bonus, and no breaking hazards) fight hour after hour with the same calls the model's engagements make;
 * the mean strength over 400 replicates must stay within 1.5% of the initial strengths of the ODE solution
 * dG/dt = -a M, dM/dt = -b G, integrated with Commons Math's Dormand-Prince 8(5,3).
 */
class LanchesterDockingTest {
    private static final double A = 0.010;
    private static final double B = 0.012;
    private static final int G0 = 2000;
    private static final int M0 = 1500;
    private static final int HOURS = 60;
    private static final int REPLICATES = 400;

    @Test
    void meanAttritionFollowsTheSquareLaw() {
        double[][] ode = odeSolution();
        double[][] mean = new double[HOURS + 1][2];
        RandomDraws draws = new RandomDraws(new MersenneTwisterFast(20080325L));
        for (int rep = 0; rep < REPLICATES; rep++) {
            int g = G0;
            int m = M0;
            for (int h = 0; h <= HOURS; h++) {
                mean[h][0] += (double) g / REPLICATES;
                mean[h][1] += (double) m / REPLICATES;
                double govLosses = Attrition.expectedGovernmentLosses(m, A, Defender.NEITHER, 1.0, 0.0, 1.0);
                double milLosses = Attrition.expectedMilitiaLosses(g, B, Defender.NEITHER, 1.0, 0.0);
                int lostG = draws.poissonCapped(govLosses, g);
                int lostM = draws.poissonCapped(milLosses, m);
                g -= lostG;
                m -= lostM;
            }
        }
        for (int h = 0; h <= HOURS; h++) {
            assertEquals(ode[h][0], mean[h][0], 0.015 * G0, "government strength at hour " + h);
            assertEquals(ode[h][1], mean[h][1], 0.015 * M0, "militia strength at hour " + h);
        }
        assertTrue(mean[HOURS][1] < 0.6 * M0, "the fight is long enough to test the law, not just its start");
    }

    @Test
    void squareLawInvariantHoldsOnAverage() {
        double[][] ode = odeSolution();
        double invariant = B * G0 * (double) G0 - A * M0 * (double) M0;
        double end = B * ode[HOURS][0] * ode[HOURS][0] - A * ode[HOURS][1] * ode[HOURS][1];
        assertEquals(invariant, end, 1e-6 * Math.abs(invariant), "the integrator itself conserves b G^2 - a M^2");
    }

    @Test
    void defenderInDenseStreetsInflictsMoreLosses() {
        double open = Attrition.expectedGovernmentLosses(100, 0.01, Defender.MILITIA, 1.0, 0.0, 1.0);
        double dense = Attrition.expectedGovernmentLosses(100, 0.01, Defender.MILITIA, 1.0, 0.9, 1.0);
        double attacking = Attrition.expectedGovernmentLosses(100, 0.01, Defender.GOVERNMENT, 1.0, 0.9, 1.0);
        assertEquals(1.0, open, 1e-12);
        assertEquals(1.9, dense, 1e-12);
        assertEquals(1.0, attacking, 1e-12);
    }

    private static double[][] odeSolution() {
        FirstOrderDifferentialEquations law = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] dy) {
                dy[0] = -A * Math.max(0, y[1]);
                dy[1] = -B * Math.max(0, y[0]);
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-6, 1.0, 1e-10, 1e-10);
        double[][] out = new double[HOURS + 1][];
        double[] y = {G0, M0};
        out[0] = y.clone();
        for (int h = 1; h <= HOURS; h++) {
            integrator.integrate(law, h - 1, y, h, y);
            out[h] = y.clone();
        }
        return out;
    }
}
