package org.urbanconflict.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.batch.Batch;
import org.urbanconflict.batch.FinishedRun;
import org.urbanconflict.batch.Progress;
import org.urbanconflict.batch.ReplicateEngine;
import org.urbanconflict.batch.ReplicateRunner;
import org.urbanconflict.batch.RunJournal;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.batch.Task;
import org.urbanconflict.batch.ThreadPoolEngine;
import org.urbanconflict.core.Experiment;

/**
 * Batches on a local Spark of two threads ({@code local[2,2]}: a failed task is tried twice) against the same
 * batches on this machine's threads: the folder must be the same byte for byte, after a resume and after a retried
 * task too. Basra on a 4-day horizon, so each batch takes seconds.
 */
class SparkEngineTest {
    static final String FILES_THAT_MATCH = "runs.csv timeseries.csv.gz summary.json summary.csv datapackage.json";
    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("SparkEngineTest")
                .set("spark.ui.enabled", "false").set("spark.driver.maxResultSize", "0"));
        spark.setLogLevel("ERROR");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @AfterEach
    void localAgain() {
        ReplicateRunner.useEngine(new ThreadPoolEngine());
    }

    static Experiment shortBasra() {
        return new BasraExperiment(TestScenarios.baselineWith(p -> p.getTime().setHorizonDays(4.125)));
    }

    static Batch.Config batch(Experiment e, Path out, boolean resume) {
        return new Batch.Config(e, null, 12, 5, 2, out, resume, true, "test", "test");
    }

    static SparkEngine sparkEngine() {
        return new SparkEngine(() -> spark);
    }

    static void assertSameFolder(Path expected, Path actual) throws IOException {
        for (String f : FILES_THAT_MATCH.split(" ")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    static JsonNode lastSession(Path folder) throws IOException {
        JsonNode sessions = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("sessions");
        return sessions.get(sessions.size() - 1);
    }

    @Test
    void aBatchOnSparkWritesTheFolderALocalBatchWrites(@TempDir Path dir) throws Exception {
        Batch.run(batch(shortBasra(), dir.resolve("local"), false));
        ReplicateRunner.useEngine(sparkEngine());
        Batch.run(batch(shortBasra(), dir.resolve("spark"), false));
        assertSameFolder(dir.resolve("local"), dir.resolve("spark"));
        JsonNode session = lastSession(dir.resolve("spark"));
        assertEquals("local[2,2]", session.at("/spark/master").asText());
        assertEquals(12, session.get("runs").asInt());
        assertEquals(6, session.at("/spark/tasks").asInt(), "12 runs on 2 cores: 4 tasks a core, 2 runs a task");
        assertTrue(session.at("/spark/startup_seconds").asDouble(-1) >= 0, session.toString());
        assertTrue(session.at("/spark/runs_per_second_after_startup").asDouble()
                >= session.get("runs_per_second").asDouble(), "the rate after Spark's start leaves the start out");
        assertTrue(lastSession(dir.resolve("local")).path("spark").isMissingNode(), "a local session names no Spark");
    }

    @Test
    void aResumedBatchRunsOnlyTheRunsItsJournalLacks(@TempDir Path dir) throws Exception {
        Batch.run(batch(shortBasra(), dir.resolve("local"), false));
        ReplicateRunner.useEngine(new StopsAfter(5));
        assertThrows(IllegalStateException.class, () -> Batch.run(batch(shortBasra(), dir.resolve("spark"), false)));
        ReplicateRunner.useEngine(sparkEngine());
        Batch.run(batch(shortBasra(), dir.resolve("spark"), true));
        assertSameFolder(dir.resolve("local"), dir.resolve("spark"));
        assertEquals(7, lastSession(dir.resolve("spark")).get("runs").asInt());
    }

    @Test
    void aTaskThatFailsIsRunAgainWithoutDoublingOrLosingARun(@TempDir Path dir) throws Exception {
        Batch.run(batch(shortBasra(), dir.resolve("local"), false));
        int before = FailsOnFirstAttempt.FAILURES.get();
        ReplicateRunner.useEngine(sparkEngine());
        Batch.run(batch(new FailsOnFirstAttempt(shortBasra(), Seeds.replicate(5, 7)), dir.resolve("spark"), false));
        assertEquals(before + 1, FailsOnFirstAttempt.FAILURES.get(), "the task of run 7 failed once");
        assertSameFolder(dir.resolve("local"), dir.resolve("spark"));
    }

    /** Journals the first {@code runs} pending runs, then fails, as a driver killed part-way leaves a folder. */
    private record StopsAfter(int runs) implements ReplicateEngine {
        @Override
        public long run(List<Task> pending, int threads, boolean keepSeries, RunJournal journal, Progress progress)
                throws IOException {
            for (Task task : pending.subList(0, runs)) {
                FinishedRun.of(task, keepSeries).appendTo(journal);
            }
            throw new IllegalStateException("stopped after " + runs + " runs");
        }
    }
}
