package org.urbanconflict.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.params.ScenarioParameters;

/** The headless pieces behind the control strip, the charts and the run label (issue 14). */
class GuiHelpersTest {
    @Test
    void speedStartsSlowEnoughToTalkOverAndEndsFlatOut() {
        long slow = SpeedScale.sleepMillis(SpeedScale.DEFAULT);
        assertTrue(slow >= 250, "default speed leaves time to talk: " + slow + " ms a step");
        assertTrue(168 * slow <= 120_000, "the Basra week still runs in two minutes at the default speed");
        assertEquals(0, SpeedScale.sleepMillis(SpeedScale.MAX));
        for (int i = 1; i <= SpeedScale.MAX; i++) {
            assertTrue(SpeedScale.sleepMillis(i) < SpeedScale.sleepMillis(i - 1), "faster to the right");
        }
        assertEquals(SpeedScale.sleepMillis(0), SpeedScale.sleepMillis(-3), "held to the slider's range");
    }

    @Test
    void emptyChartsGetSaneAxesFromZero() {
        assertArrayEquals(new double[] {0, 10}, AxisRange.of(Double.NaN, 10), "no data yet: 0 to 10, not +-4E-9");
        assertArrayEquals(new double[] {0, 10}, AxisRange.of(0, 10), "a single point at zero");
        assertArrayEquals(new double[] {0, 200}, AxisRange.of(150, 10));
        assertArrayEquals(new double[] {0, 250}, AxisRange.of(210, 10));
    }

    @Test
    void everyRunLengthGetsAtLeastThreeDateTicks() {
        for (double days : new double[] {2, 2.5, 4, 7, 10, 14, 30, 60}) {
            int step = AxisRange.dateTickDays(days);
            assertTrue(Math.floor(days / step) + 1 >= 3, days + " days with a tick every " + step);
            assertTrue(days / step <= 6, days + " days: no more than about six ticks, so large labels fit");
        }
    }

    @Test
    void theLastRunBecomesTheGhostAndAPinnedBaselineStays() {
        RunMemory memory = new RunMemory();
        memory.start("baseline · seed 1", new int[] {1});
        memory.add(0, 0, 0, 1);
        memory.add(0, 0, 1, 2);
        assertNull(memory.ghost(), "nothing to compare with during the first run");
        memory.start("no fire support · seed 1", new int[] {1});
        assertEquals("baseline · seed 1", memory.ghost().label());
        assertEquals(2, memory.ghost().points(0, 0).size());
        memory.add(0, 0, 0, 5);
        memory.add(0, 0, 1, 6);
        memory.pin();
        memory.start("no mediation · seed 1", new int[] {1});
        assertEquals("no fire support · seed 1", memory.ghost().label(), "the pinned run");
        memory.add(0, 0, 0, 7);
        memory.add(0, 0, 1, 8);
        memory.start("again", new int[] {1});
        assertEquals("no fire support · seed 1", memory.ghost().label(), "a pinned baseline stays");
        memory.unpin();
        assertEquals("no mediation · seed 1", memory.ghost().label(), "unpinned: the last run again");
    }

    @Test
    void aRunWithoutPointsDoesNotReplaceTheGhost() {
        RunMemory memory = new RunMemory();
        memory.start("first", new int[] {1});
        memory.add(0, 0, 0, 1);
        memory.add(0, 0, 1, 1);
        memory.start("reset at once", new int[] {1});
        memory.start("third", new int[] {1});
        assertEquals("first", memory.ghost().label(), "an empty run (Reset twice) keeps the ghost");
    }

    @Test
    void runLabelNamesScenarioModifiedAndSeed() {
        assertEquals("Basra 2008 baseline \u00b7 seed 1", RunLabel.of("Basra 2008 baseline", false, 1));
        assertEquals("Basra 2008 baseline (modified) \u00b7 seed 7", RunLabel.of("Basra 2008 baseline", true, 7));
    }

    @Test
    void runLabelOnTwoLinesPutsTheSeedBelowAndEscapesTheName() {
        assertEquals("<html>Epstein run 2 (modified)<br>seed 3</html>",
                RunLabel.twoLines(RunLabel.of("Epstein run 2", true, 3)));
        assertEquals("<html>A &lt;b&gt; &amp; c<br>seed 1</html>",
                RunLabel.twoLines(RunLabel.of("A <b> & c", false, 1)));
    }

    @Test
    void ghostCaptionPutsTheRunOnItsOwnLine() {
        assertEquals("<html>Faint lines: baseline,<br>Basra 2008 baseline \u00b7 seed 1</html>",
                RunLabel.caption("Faint lines: baseline, " + RunLabel.of("Basra 2008 baseline", false, 1)));
        assertEquals("Faint lines: the run before", RunLabel.caption("Faint lines: the run before"));
    }

    @Test
    void fingerprintTellsAChangedSetting() {
        ScenarioParameters file = TestScenarios.baseline().sharedParameters();
        ScenarioParameters copy = TestScenarios.baseline().parameters();
        assertEquals(Fingerprint.of(file), Fingerprint.of(copy), "an untouched copy is not modified");
        copy.getMediation().setEnabled(!copy.getMediation().isEnabled());
        assertNotEquals(Fingerprint.of(file), Fingerprint.of(copy), "a Model tab change is");
        assertTrue(Fingerprint.of(file).contains("Threshold="), "nested sections are read");
    }

    @Test
    void presentationLayoutGivesTheModelTheWholeNarrowScreen() {
        WindowLayout.Box screen = new WindowLayout.Box(0, 0, 1366, 768);
        WindowLayout layout = WindowLayout.forScreen(screen, Style.PRESENTATION);
        assertEquals(1366, layout.main().width(), "large text needs the width; the strip drives the run");
        assertEquals(1366, layout.console().right(), "the Console waits on the right, behind");
        assertFalse(WindowLayout.overlapsConsole(new WindowLayout.Box(0, 0, 1920, 1080), Style.PRESENTATION));
        assertSame(Style.PRESENTATION, Style.of(true));
        assertTrue(Style.PRESENTATION.minTextPixels() * 0.729 >= Style.PRESENTATION_CAP_HEIGHT,
                "the smallest presentation font has an 18 px cap height (DejaVu Sans: 0.729 em)");
    }
}
