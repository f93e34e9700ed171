package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.cli.UrbanConflictCli;

/**
 * A real batch process is killed part-way (SIGKILL, or SIGTERM as Ctrl-C and service managers send), then the
 * batch is resumed; the folder must equal an uninterrupted batch's, with no run repeated or duplicated.
 */
class ResumeAfterKillTest {
    private static final int RUNS = 40;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aKilledBatchResumesToTheSameResult(boolean sigkill, @TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UrbanConflictCli.class.getName(), "batch",
                "scenarios/basra-2008.json", "--runs", Integer.toString(RUNS), "--seed", "3", "--threads", "1",
                "--out", killed.toString(), "--quiet").redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path journal = killed.resolve(".journal/runs.csv");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (journaled(journal) < 6 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (sigkill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        process.waitFor();
        int saved = journaled(journal);
        assertTrue(saved >= 6 && saved < RUNS, "killed part-way: " + saved + " runs journaled; log: "
                + Files.readString(dir.resolve("log.txt")));
        assertTrue(!Files.exists(killed.resolve("runs.csv")), "the batch had not finished");

        assertEquals(0, UrbanConflictCli.commandLine().execute("batch", "scenarios/basra-2008.json", "--runs",
                Integer.toString(RUNS), "--seed", "3", "--threads", "2", "--out", killed.toString(), "--resume",
                "--quiet"));
        Path whole = dir.resolve("whole");
        assertEquals(0, UrbanConflictCli.commandLine().execute("batch", "scenarios/basra-2008.json", "--runs",
                Integer.toString(RUNS), "--seed", "3", "--out", whole.toString(), "--quiet"));
        for (String f : new String[] {"runs.csv", "timeseries.csv.gz", "summary.json", "summary.csv"}) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(killed.resolve("runs.csv"));
        assertEquals(RUNS + 1, rows.size(), "each run exactly once");
        assertTrue(!Files.exists(killed.resolve(".journal")), "the journal is removed once the batch is complete");
        String manifest = Files.readString(killed.resolve("manifest.json"));
        assertTrue(manifest.contains("\"runs\" : " + (RUNS - saved)), "the resumed session ran only the rest: "
                + manifest);
    }

    private static int journaled(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text = Files.readString(journal);
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        return Math.max(0, lines - 1);
    }
}
