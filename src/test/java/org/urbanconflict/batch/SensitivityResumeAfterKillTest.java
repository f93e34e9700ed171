package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.cli.UrbanConflictCli;

/**
 * A real {@code sensitivity} process is killed with SIGKILL part-way, then resumed on another number of threads; the
 * folder must equal an uninterrupted analysis's, with every run made exactly once.
 */
class SensitivityResumeAfterKillTest {
    private static final List<String> ARGS = List.of("sensitivity", "scenarios/basra-2008.json", "--method", "morris",
            "--vary", "/militia/fighters=5000:17000", "--vary", "/mediation/startDay=3.5:5.5", "--design-size", "6",
            "--runs-per-point", "2", "--metrics", "gov_killed,ceasefire_day", "--seed", "4", "--quiet");
    private static final int RUNS = 6 * 3 * 2;

    private static String[] args(Path out, String... more) {
        List<String> all = new ArrayList<>(ARGS);
        all.addAll(List.of("--out", out.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aKilledAnalysisResumesToTheSameResult(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), UrbanConflictCli.class.getName()));
        command.addAll(List.of(args(killed, "--threads", "1")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path journal = killed.resolve(".journal/runs.csv");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (journaled(journal) < 6 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Process kill = new ProcessBuilder("kill", "-s", "KILL", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        process.waitFor();
        int saved = journaled(journal);
        assertTrue(saved >= 6 && saved < RUNS, "killed part-way: " + saved + " runs journaled; log: "
                + Files.readString(dir.resolve("log.txt")));
        assertTrue(!Files.exists(killed.resolve("indices.csv")), "it had not finished");

        assertEquals(0, UrbanConflictCli.commandLine().execute(args(killed, "--threads", "2", "--resume")));
        Path whole = dir.resolve("whole");
        assertEquals(0, UrbanConflictCli.commandLine().execute(args(whole, "--threads", "2")));
        for (String f : new String[] {"runs.csv", "indices.csv", "design.csv"}) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        assertEquals(RUNS + 1, Files.readAllLines(killed.resolve("runs.csv")).size(), "each run exactly once");
        String manifest = Files.readString(killed.resolve("manifest.json"));
        assertTrue(manifest.contains("\"runs\" : " + (RUNS - saved)), "the resumed session ran only the rest: "
                + manifest);
    }

    private static int journaled(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text = Files.readString(journal);
        return Math.max(0, (int) text.chars().filter(c -> c == '\n').count() - 2);
    }
}
