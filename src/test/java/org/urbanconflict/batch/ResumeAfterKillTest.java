package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.cli.UrbanConflictCli;

/**
 * A real batch process is killed part-way (SIGKILL; SIGTERM, as service managers send; SIGINT, as Ctrl-C sends, here
 * on two threads), then the batch is resumed; the folder must equal an uninterrupted batch's, with no run repeated or
 * duplicated.
 */
class ResumeAfterKillTest {
    private static final int RUNS = 40;

    @ParameterizedTest
    @ValueSource(strings = {"KILL", "TERM", "INT"})
    void aKilledBatchResumesToTheSameResult(String signal, @TempDir Path dir) throws Exception {
        assumeFalse(signal.equals("INT") && sigintIgnored(), "SIGINT is ignored here (as in a shell's background"
                + " job), so the batch started from here would ignore it too");
        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UrbanConflictCli.class.getName(), "batch",
                "scenarios/basra-2008.json", "--runs", Integer.toString(RUNS), "--seed", "3", "--threads",
                signal.equals("INT") ? "2" : "1", "--out", killed.toString(), "--quiet").redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path journal = killed.resolve(".journal/runs.csv");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (journaled(journal) < 6 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -s " + signal);
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

    /** Whether this process ignores SIGINT, which a child inherits (Linux: bit 2 of SigIgn in /proc/self/status). */
    private static boolean sigintIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).trim(), 16) & 2) != 0;
            }
        }
        return false;
    }

    private static int journaled(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text = Files.readString(journal);
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        return Math.max(0, lines - 2);
    }
}
