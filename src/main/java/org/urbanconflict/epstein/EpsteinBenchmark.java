package org.urbanconflict.epstein;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Speed of the model in agent-steps per second (one citizen or cop stepped once), at the paper's 40 x 40 and larger
 * tori, against a baseline measured in the same process: a raw-array scan of every free agent's vision disc, the
 * counting a straightforward port does for rule A before it has moved, decided or arrested anyone. The machine is
 * shared and noisy, so each figure is the median of repeated timings and the useful number is the ratio measured in
 * one run.
 */
public final class EpsteinBenchmark {
    /** One size's measurements. */
    public record Row(int side, int agents, int steps, double modelPerSecond, double scanPerSecond) {
        /** Model speed over raw-scan speed: above 0.5 is "within 2x of a raw-array scan". */
        public double ratio() {
            return modelPerSecond / scanPerSecond;
        }
    }

    private EpsteinBenchmark() {
    }

    /**
     * Measures the scenario's model on a side x side torus with the scenario's densities and visions.
     *
     * @param agentSteps roughly how many agent-steps one timing covers (more for steadier figures)
     * @param repeats    timings per figure; the median is reported
     */
    public static Row measure(EpsteinScenario base, int side, long agentSteps, int repeats) {
        EpsteinParameters p = base.parameters();
        p.setWidth(side);
        p.setHeight(side);
        EpsteinScenario scenario = new EpsteinScenario(base.name() + " at " + side + "x" + side, base.description(),
                base.file(), base.resolvedJson(), base.hash(), p, List.of(), Map.of(), List.of());
        EpsteinModel probe = EpsteinModel.create(scenario, 1);
        probe.start();
        int agents = probe.citizenCount() + probe.copCount();
        int steps = (int) Math.max(10, Math.min(100_000, agentSteps / Math.max(1, agents)));
        // Warm-up: the same work once, unmeasured, so the JIT has compiled the hot loops.
        time(scenario, Math.max(5, steps / 4), 99);
        scan(probe, Math.max(5, steps / 4));
        double[] model = new double[repeats];
        double[] scan = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            model[r] = time(scenario, steps, 100 + r);
            scan[r] = scan(probe, steps);
        }
        return new Row(side, agents, steps, median(model), median(scan));
    }

    /** Agent-steps per second of a model run of {@code steps} steps from seed. */
    private static double time(EpsteinScenario scenario, int steps, long seed) {
        EpsteinModel model = EpsteinModel.create(scenario, seed);
        model.start();
        long done = 0;
        long start = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            done += model.citizenCount() - model.jailedCount() + model.copCount();
            model.schedule.step(model);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return done / seconds;
    }

    /** Raw scans per second: each free agent's disc scanned once per step, on a lattice that is not changing. */
    private static double scan(EpsteinModel model, int steps) {
        int[] where = new int[model.citizens + model.copCount];
        int n = 0;
        for (int i = 0; i < model.citizens; i++) {
            if (model.pos[i] >= 0) {
                where[n++] = model.pos[i];
            }
        }
        for (int j = 0; j < model.copCount; j++) {
            where[n++] = model.copPos[j];
        }
        long sink = 0;
        long start = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            for (int k = 0; k < n; k++) {
                sink += model.lattice.scanCopsAndActives(model.cell, where[k], model.citizenDisc);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print(""); // keeps the scan from being optimised away
        }
        return (double) n * steps / seconds;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
