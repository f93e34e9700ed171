package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.batch.sensitivity.MorrisMethod;
import org.urbanconflict.batch.sensitivity.SensitivityMethod;
import org.urbanconflict.batch.sensitivity.SobolMethod;

/**
 * Sensitivity analyses of functions whose indices are known analytically, through the real design, runner, journal,
 * results folder and estimators: Ishigami's and Sobol's G-function for Sobol indices, and a function with an inert, a
 * linear and two interacting inputs for Morris.
 */
class SensitivityKnownAnswerTest {
    static List<SensitivityIndices.Row> analyse(Path out, SensitivityMethod method, ToDoubleFunction<double[]> f,
            double min, double max, int runsPerPoint, double noise, int threads) throws Exception {
        int k = method.dimensions();
        List<SweepDesign.Dimension> dims = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            dims.add(new SweepDesign.Dimension(FunctionExperiment.pointer(i), min, max, 2));
        }
        Sensitivity.Config c = new Sensitivity.Config(new FunctionExperiment("test function", k, f, noise), null,
                method, dims, runsPerPoint, List.of("y"), 7, threads, out, false, true, "test", "test");
        return Sensitivity.run(c, Sensitivity.plan(c)).indices();
    }

    static double value(List<SensitivityIndices.Row> rows, int parameter, String statistic, int n) {
        return rows.stream().filter(r -> r.parameter().equals(FunctionExperiment.pointer(parameter))
                && r.statistic().equals(statistic) && (n < 0 || r.n() == n)).findFirst().orElseThrow().value();
    }

    @Test
    void sobolIndicesOfIshigamiAreWithinTwoHundredthsOfTheAnalyticValues(@TempDir Path dir) throws Exception {
        double a = 7;
        double b = 0.1;
        List<SensitivityIndices.Row> rows = analyse(dir.resolve("ishigami"), new SobolMethod(3, 4096),
                x -> Math.sin(x[0]) + a * Math.pow(Math.sin(x[1]), 2) + b * Math.pow(x[2], 4) * Math.sin(x[0]),
                -Math.PI, Math.PI, 1, 0, 2);
        // V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V13 = b^2 pi^8 (1/18 - 1/50), V = V1 + V2 + V13.
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = Math.pow(1 + b * pi4 / 5, 2) / 2;
        double v2 = a * a / 8;
        double v13 = b * b * pi4 * pi4 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        assertEquals(0.3139, v1 / v, 1e-4, "the analytic values themselves");
        assertEquals(0.2437, v13 / v, 1e-4);
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], value(rows, i, "S1", 4096), 0.02, "S1 of x" + (i + 1));
            assertEquals(total[i], value(rows, i, "ST", 4096), 0.02, "ST of x" + (i + 1));
            SensitivityIndices.Row st = rows.stream().filter(r -> r.statistic().equals("ST") && r.n() == 4096
                    && r.parameter().equals(FunctionExperiment.pointer(0))).findFirst().orElseThrow();
            assertTrue(st.low() < total[0] && total[0] < st.high(), "the interval covers ST1: " + st);
        }
        assertTrue(rows.stream().anyMatch(r -> r.n() == 2048), "the estimates at N/2 are there too");
    }

    @Test
    void sobolIndicesOfTheGFunctionMatchTheAnalyticValues(@TempDir Path dir) throws Exception {
        double[] a = {0, 1, 4.5, 9, 99};
        List<SensitivityIndices.Row> rows = analyse(dir.resolve("g"), new SobolMethod(a.length, 2048), x -> {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        }, 0, 1, 1, 0, 2);
        // V_i = 1 / (3 (1 + a_i)^2); V = prod(1 + V_i) - 1; S_i = V_i / V; S_Ti = V_i prod_{j != i}(1 + V_j) / V.
        double[] vi = new double[a.length];
        double product = 1;
        for (int i = 0; i < a.length; i++) {
            vi[i] = 1 / (3 * Math.pow(1 + a[i], 2));
            product *= 1 + vi[i];
        }
        double v = product - 1;
        for (int i = 0; i < a.length; i++) {
            assertEquals(vi[i] / v, value(rows, i, "S1", 2048), 0.02, "S1 of x" + (i + 1));
            assertEquals(vi[i] * product / (1 + vi[i]) / v, value(rows, i, "ST", 2048), 0.02, "ST of x" + (i + 1));
        }
    }

    @Test
    void morrisFindsTheInertInputAndTheInteractingOnes(@TempDir Path dir) throws Exception {
        // x1 linear (effect 1 everywhere), x2 inert, x3 and x4 interact (effect 4 x4 depends on x4, and back).
        List<SensitivityIndices.Row> rows = analyse(dir.resolve("morris"), new MorrisMethod(4, 30, 4, 11),
                x -> x[0] + 4 * x[2] * x[3], 0, 1, 1, 0, 1);
        assertEquals(0, value(rows, 1, "mu_star", -1), 1e-12, "inert: mu* = 0");
        assertEquals(0, value(rows, 1, "sigma", -1), 1e-12);
        assertEquals(1, value(rows, 0, "mu_star", -1), 1e-6, "linear: every effect is its slope (runs.csv keeps 8 digits)");
        assertEquals(0, value(rows, 0, "sigma", -1), 1e-6, "linear: no spread");
        for (int i : new int[] {2, 3}) {
            assertTrue(value(rows, i, "mu_star", -1) > 1.2, "interacting x" + (i + 1) + " matters most");
            assertTrue(value(rows, i, "sigma", -1) > 0.5, "interacting x" + (i + 1) + " has spread effects");
        }
    }
}
