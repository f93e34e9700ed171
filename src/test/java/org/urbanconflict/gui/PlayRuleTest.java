package org.urbanconflict.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Play plays: a paused run resumes (MASON's own Play would step once), a stopped one starts, a running one carries
 * on. The Console side ({@link ClassroomConsole}) is exercised under Xvfb by {@code gui --self-check} in CI.
 */
class PlayRuleTest {
    @Test
    void playResumesAPausedRunInsteadOfSteppingIt() {
        assertEquals(PlayRule.Action.RESUME, PlayRule.onPlay(PlayRule.PAUSED));
    }

    @Test
    void playStartsAStoppedRunAndLeavesARunningOneAlone() {
        assertEquals(PlayRule.Action.START, PlayRule.onPlay(PlayRule.STOPPED));
        assertEquals(PlayRule.Action.NOTHING, PlayRule.onPlay(PlayRule.PLAYING));
    }

    @Test
    void theStatesAreMasonsNumbers() {
        assertEquals(0, PlayRule.STOPPED);
        assertEquals(1, PlayRule.PLAYING);
        assertEquals(2, PlayRule.PAUSED);
    }
}
