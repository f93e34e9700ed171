package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress as plain lines, for logs and pipes: runs done, runs per second and the time left. */
class ProgressTest {
    private static List<String> lines(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachLineSaysRunsDoneRateAndTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress progress = new Progress.Lines("batch", 4, 1, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), Duration.ZERO)) {
            progress.advance();
            progress.advance();
            progress.advance();
        }
        List<String> lines = lines(bytes);
        assertEquals(4, lines.size(), "a line per run at a zero interval, and one at the end: " + lines);
        assertTrue(lines.get(0).matches("batch: 2/4 runs \\(50%\\), [0-9.]+ runs/s, about [0-9]+ s left"),
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
