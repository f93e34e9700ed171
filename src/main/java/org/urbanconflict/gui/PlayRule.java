package org.urbanconflict.gui;

/**
 * What the Console's Play button does in each state of a run. MASON's own Play starts a stopped run, but steps once
 * when the run is paused (only its Pause button resumes), so a GUI that opens paused at hour 0 seemed not to play:
 * pressing Play moved one hour and stopped. In the GUIs here Play always plays; stepping is the control strip's Step.
 * Headless, so the rule is tested without a window.
 */
public final class PlayRule {
    /** What pressing Play does. */
    public enum Action {
        /** Start a stopped run, running. */
        START,
        /** Carry on a paused run, running (MASON's Pause button does this). */
        RESUME,
        /** Nothing: the run is already running. */
        NOTHING
    }

    /** The Console's play states, as MASON numbers them ({@code PS_STOPPED}, {@code PS_PLAYING}, {@code PS_PAUSED}). */
    public static final int STOPPED = 0;
    public static final int PLAYING = 1;
    public static final int PAUSED = 2;

    private PlayRule() {
    }

    /** The action for Play pressed in MASON play state {@code state}. */
    public static Action onPlay(int state) {
        return switch (state) {
            case STOPPED -> Action.START;
            case PAUSED -> Action.RESUME;
            default -> Action.NOTHING;
        };
    }
}
