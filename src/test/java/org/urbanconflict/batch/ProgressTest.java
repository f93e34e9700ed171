package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress as plain lines, for logs and pipes: runs done, runs per second and the time left, which appears only once
 * the rate is stable (a fake clock drives the time).
 */
class ProgressTest {
    private static List<String> lines(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachLineSaysRunsDoneRateAndTimeLeftOnceTheRateIsStable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        try (Progress progress = new Progress.Lines("batch", 200, 1, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), Duration.ZERO, () -> now[0])) {
            for (int i = 0; i < 39; i++) {
                now[0] += 500_000_000L;
                progress.advance();
            }
        }
        List<String> lines = lines(bytes);
        assertEquals(40, lines.size(), "a line per run at a zero interval, and one at the end: " + lines);
        assertEquals("batch: 2/200 runs (1%), 2.0 runs/s, time left not known yet", lines.get(0));
        assertEquals("batch: 19/200 runs (10%), 2.0 runs/s, time left not known yet", lines.get(17),
                "9 s and 18 runs: not yet");
        assertEquals("batch: 21/200 runs (11%), 2.0 runs/s, about 90 s left", lines.get(19),
                "10 s and 20 runs: the estimate appears");
        assertEquals("batch: 40/200 runs (20%), 2.0 runs/s, about 80 s left", lines.get(39));
    }

    @Test
    void aFastStartStillWaitsTheMinimumTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        try (Progress progress = new Progress.Lines("batch", 1000, 0, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), Duration.ZERO, () -> now[0])) {
            for (int i = 0; i < 100; i++) {
                now[0] += 50_000_000L;
                progress.advance();
            }
        }
        assertTrue(lines(bytes).stream().noneMatch(l -> l.contains("left") && !l.contains("not known")),
                "100 runs in 5 s: no estimate yet");
        assertTrue(Progress.estimateIsStable(20, 10) && !Progress.estimateIsStable(19, 60)
                && !Progress.estimateIsStable(500, 9.9));
    }

    @Test
    void theLastLineSaysDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress progress = new Progress.Lines("batch", 4, 1, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), Duration.ZERO)) {
            progress.advance();
            progress.advance();
            progress.advance();
        }
        List<String> lines = lines(bytes);
        assertTrue(lines.get(0).matches("batch: 2/4 runs \\(50%\\), [0-9.]+ runs/s, time left not known yet"),
                lines.get(0));
        assertTrue(lines.get(3).matches("batch: 4/4 runs \\(100%\\), [0-9.]+ runs/s, done"), lines.get(3));
    }

    @Test
    void aLongIntervalPrintsOnlyTheClosingLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress progress = new Progress.Lines("sweep", 3, 0, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), Duration.ofHours(1))) {
            progress.advance();
        }
        assertEquals(List.of("sweep: 1/3 runs (33%)"), lines(bytes).stream().map(l -> l.split(", ")[0]).toList());
    }

    @Test
    void testsAndPipesGetNoBar() {
        assertTrue(!Progress.onTerminal(), "surefire's output is not a terminal");
    }
}
