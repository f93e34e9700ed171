package org.urbanconflict.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.batch.ReplicateRunner;
import org.urbanconflict.batch.ThreadPoolEngine;
import org.urbanconflict.cli.UrbanConflictCli;

/** The entry point runs the command line's own commands, with their options and messages, on a local Spark. */
class SparkMainTest {
    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkMainTest")
                .set("spark.ui.enabled", "false"));
        spark.setLogLevel("ERROR");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aSweepOnSparkWritesTheRowsOfTheSameSweepOnTheCommandLine(@TempDir Path dir) throws Exception {
        String[] sweep = {"sweep", "scenarios/epstein/run-3-legitimacy-gradual.json", "--vary",
            "/citizens/legitimacy=0.7:0.9:2", "--grid", "--runs-per-point", "3", "--seed", "4", "--quiet", "--out"};
        assertEquals(0, UrbanConflictCli.commandLine().execute(with(sweep, dir.resolve("local").toString())));
        StringWriter err = new StringWriter();
        assertEquals(0, SparkMain.run(with(sweep, dir.resolve("spark").toString()), new SparkEngine(() -> spark),
                new PrintWriter(err)), err.toString());
        for (String f : new String[] {"runs.csv", "points.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)),
                    Files.readAllBytes(dir.resolve("spark").resolve(f)), f);
        }
        assertTrue(Files.readString(dir.resolve("spark/manifest.json")).contains("\"master\" : \"local[2]\""));
        assertTrue(ReplicateRunner.engine() instanceof ThreadPoolEngine, "the local engine is back afterwards");
    }

    @Test
    void aCommandThatIsNotForAClusterIsRefusedInOneLineWithoutStartingSpark() {
        StringWriter err = new StringWriter();
        SparkEngine engine = new SparkEngine(() -> {
            throw new AssertionError("Spark must not start");
        });
        assertEquals(2, SparkMain.run(new String[] {"run", "scenarios/basra-2008.json"}, engine, new PrintWriter(err)));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("'run' is not a command for a cluster; give one of batch, sweep, compare,"
                + " sensitivity, calibrate"), err.toString());
        assertFalse(engine.started());
    }

    @Test
    void aBadOptionGetsTheCommandLinesMessageAndExitCodeWithoutStartingSpark(@TempDir Path dir) {
        SparkEngine engine = new SparkEngine(() -> {
            throw new AssertionError("Spark must not start");
        });
        String[] badNumber = {"batch", "scenarios/basra-2008.json", "--runs", "many", "--out", dir.toString()};
        assertFalse(SparkMain.optionsParse(badNumber), "so main does not start Spark early");
        assertEquals(2, SparkMain.run(badNumber, engine, new PrintWriter(new StringWriter())));
        String[] noRuns = {"batch", "scenarios/basra-2008.json", "--runs", "0", "--out", dir.toString()};
        assertEquals(2, SparkMain.run(noRuns, engine, new PrintWriter(new StringWriter())));
        assertFalse(engine.started());
    }

    private static String[] with(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
