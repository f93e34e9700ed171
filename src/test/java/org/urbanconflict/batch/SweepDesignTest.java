package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;

class SweepDesignTest {
    private static final SweepDesign.Dimension FIGHTERS = SweepDesign.Dimension.parse("/militia/fighters=5000:17000:3",
            5);
    private static final SweepDesign.Dimension START = SweepDesign.Dimension.parse("/mediation/startDay=2:6:2", 5);

    @Test
    void gridIsTheFullFactorial() {
        List<double[]> points = SweepDesign.grid(List.of(FIGHTERS, START));
        assertEquals(6, points.size());
        assertArrayEquals(new double[] {5000, 2}, points.get(0));
        assertArrayEquals(new double[] {5000, 6}, points.get(1));
        assertArrayEquals(new double[] {11000, 2}, points.get(2));
        assertArrayEquals(new double[] {17000, 6}, points.get(5));
    }

    @Test
    void latinHypercubeUsesEveryStratumOnceInEveryDimension() {
        int k = 25;
        List<double[]> points = SweepDesign.latinHypercube(List.of(FIGHTERS, START), k, 42);
        assertEquals(k, points.size());
        List<SweepDesign.Dimension> dims = List.of(FIGHTERS, START);
        for (int d = 0; d < 2; d++) {
            SweepDesign.Dimension dim = dims.get(d);
            int[] strata = new int[k];
            for (double[] p : points) {
                assertTrue(p[d] >= dim.min() && p[d] <= dim.max());
                strata[(int) Math.floor((p[d] - dim.min()) / (dim.max() - dim.min()) * k)]++;
            }
            int dimension = d;
            assertTrue(Arrays.stream(strata).allMatch(n -> n == 1), "dimension " + dimension + ": "
                    + Arrays.toString(strata));
        }
        assertArrayEquals(points.get(3), SweepDesign.latinHypercube(List.of(FIGHTERS, START), k, 42).get(3),
                "reproducible from the seed");
    }

    @Test
    void badSpecificationsAreRejectedWithTheArgumentNamed() {
        for (String bad : new String[] {"militia/fighters=1:2", "/militia/fighters=9:2", "/militia/fighters=a:b",
            "/militia/fighters", "/militia/fighters=1:2:1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SweepDesign.Dimension.parse(bad, 5));
            assertTrue(e.getMessage().startsWith("--vary " + bad), e.getMessage());
        }
    }

    @Test
    void unknownPathsAndForbiddenValuesAreRejectedBeforeRunning() {
        BasraExperiment base = new BasraExperiment(TestScenarios.baseline());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> base.withParameter("/militia/fightrs", 3));
        assertTrue(unknown.getMessage().contains("/militia/fightrs"), unknown.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> base.withParameter("/militia/standDownCompliance", 1.5));
        assertTrue(range.getMessage().contains("probability"), range.getMessage());
        BasraExperiment changed = (BasraExperiment) base.withParameter("/militia/fighters", 12345.4);
        assertEquals(12345, changed.scenario().parameters().getMilitia().getFighters(), "rounded for an integer");
        assertTrue(!changed.hash().equals(base.hash()));
    }
}
