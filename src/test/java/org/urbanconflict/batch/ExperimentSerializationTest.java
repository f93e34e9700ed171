package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelRegistry;

/**
 * A cluster ships each task, with its experiment, to a worker as Java serialization and gets a {@link FinishedRun}
 * back: the copy must run exactly as the original, for each model, a swept point and a lazily built design point.
 */
class ExperimentSerializationTest {

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    static void assertSameRun(Task task) throws Exception {
        Task shipped = copy(task);
        assertNotSame(task.experiment(), shipped.experiment());
        assertEquals(task.experiment().hash(), shipped.experiment().hash());
        FinishedRun here = FinishedRun.of(task, true);
        FinishedRun there = copy(FinishedRun.of(shipped, true));
        assertEquals(here.index(), there.index());
        assertEquals(here.header(), there.header());
        assertEquals(here.seriesHeader(), there.seriesHeader());
        assertEquals(here.row(), there.row());
        assertArrayEquals(here.series(), there.series());
    }

    @Test
    void aBasraSweepPointRunsTheSameAfterTheTrip() throws Exception {
        Experiment point = new org.urbanconflict.basra.BasraExperiment(BatchTest.shortScenario())
                .withParameter("/militia/fighters", 7000);
        assertSameRun(new Task(3, point, Seeds.replicate(4, 3), List.of("point"), List.of("0")));
    }

    @Test
    void anEpsteinExperimentRunsTheSameAfterTheTrip() throws Exception {
        Experiment epstein = ModelRegistry.load(TestScenarios.path("epstein/run-2-punctuated.json"));
        assertSameRun(Task.plain(0, epstein, Seeds.replicate(1, 0)));
    }

    @Test
    void aLazilyBuiltDesignPointRunsTheSameAfterTheTrip() throws Exception {
        Experiment epstein = ModelRegistry.load(TestScenarios.path("epstein/run-2-punctuated.json"));
        List<SweepDesign.Dimension> dims = List.of(new SweepDesign.Dimension("/citizens/legitimacy", 0.7, 0.9, 2));
        PointExperiments points = new PointExperiments(epstein, dims, new double[][] {{0.25}, {0.75}}, new int[] {1, 1});
        assertSameRun(Task.plain(1, points.point(1), Seeds.replicate(2, 1)));
    }
}
