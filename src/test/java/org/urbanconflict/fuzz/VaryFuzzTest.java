package org.urbanconflict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.urbanconflict.batch.RunLimits;
import org.urbanconflict.batch.SweepDesign;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.ModelRegistry;

/**
 * Fuzz target for the {@code --vary PATH=MIN:MAX[:STEPS]} parser and the checks {@code sweep} makes before it runs:
 * the text is parsed, the grid's size computed, and both ends set on the baseline. Each step accepts the text or
 * throws {@link IllegalArgumentException} with a one-line message that starts {@code --vary }; anything else
 * is a finding. The input is read as UTF-8 text, so the committed inputs are plain text files.
 */
class VaryFuzzTest {
    private static final Experiment BASELINE = ModelRegistry.load(Path.of("scenarios/basra-2008.json"));

    @FuzzTest(maxDuration = "60s")
    void parsesOrRefusesCleanly(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        SweepDesign.Dimension dim;
        try {
            dim = SweepDesign.Dimension.parse(text, 5);
        } catch (IllegalArgumentException e) {
            requireOneLine(e, "--vary ");
            return;
        }
        RunLimits.sweepProblem(RunLimits.gridSize(List.of(dim)), 20);
        try {
            dim.checkOn(BASELINE, text);
        } catch (IllegalArgumentException e) {
            requireOneLine(e, "--vary ");
        }
    }

    private static void requireOneLine(IllegalArgumentException e, String start) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.contains("\n") || !message.startsWith(start)) {
            throw new AssertionError("not one clear line: " + message, e);
        }
    }
}
