package org.urbanconflict.batch.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.batch.FinishedRun;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.batch.Task;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelRegistry;

/** A posterior predictive batch on a cluster ships the posterior to the workers: a copy picks and runs the same. */
class PosteriorSerializationTest {

    @Test
    void aCopyOfThePosteriorPicksTheSameParticleAndRunsTheSame() throws Exception {
        Experiment base = ModelRegistry.load(TestScenarios.path("epstein/run-2-punctuated.json"));
        Prior prior = Prior.fromVary(List.of("/citizens/legitimacy=0.7:0.9"));
        Population posterior = new Population(new double[][] {{0.72}, {0.88}}, new double[] {0.5, 0.5},
                new double[] {1, 2});
        PosteriorExperiment original = new PosteriorExperiment(base, prior, posterior);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        PosteriorExperiment copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PosteriorExperiment) in.readObject();
        }
        assertEquals(original.hash(), copy.hash());
        for (int i = 0; i < 4; i++) {
            long seed = Seeds.replicate(9, i);
            assertEquals(original.particleOf(seed), copy.particleOf(seed));
            assertEquals(FinishedRun.of(Task.plain(i, original, seed), false).row(),
                    FinishedRun.of(Task.plain(i, copy, seed), false).row());
        }
    }
}
