package org.urbanconflict.gui;

import sim.display.Console;
import sim.display.GUIState;

/**
 * MASON's Console with a Play button that plays ({@link PlayRule}): pressed while paused it resumes the run instead
 * of stepping once.
 * <p>
 * Why a subclass: MASON 18 offers no public way to change what its Play button does. The button is a private field
 * ({@code playButton}) whose listener calls {@link Console#pressPlay()}; there is no getter, no hook and no option
 * for "Play resumes". {@code pressPlay()} itself is public and not final, and MASON documents it as what the button
 * does, so overriding it changes the button through public API only. The earlier route, reaching into the private
 * field by reflection, broke silently if MASON renamed it. MASON calls {@code pressPlay()} itself only to repeat a
 * finished run ("Repeat play" in the Console), which starts a stopped run, so that path is unchanged. Stepping one
 * step while paused, which this override takes away from Play, is {@link #stepOnce()}, used by the control strip's
 * Step.
 */
public class ClassroomConsole extends Console {
    private static final long serialVersionUID = 1L;

    static {
        if (PS_STOPPED != PlayRule.STOPPED || PS_PLAYING != PlayRule.PLAYING || PS_PAUSED != PlayRule.PAUSED) {
            throw new IllegalStateException("MASON renumbered the Console's play states; update PlayRule");
        }
    }

    public ClassroomConsole(GUIState gui) {
        super(gui);
    }

    @Override
    public synchronized void pressPlay() {
        switch (PlayRule.onPlay(getPlayState())) {
            case START -> super.pressPlay();
            case RESUME -> pressPause();
            case NOTHING -> {
            }
        }
    }

    /** Advances a paused run by one step: what MASON's Play did when paused. */
    public synchronized void stepOnce() {
        if (getPlayState() == PS_PAUSED) {
            int saved = getNumStepsPerStepButtonPress();
            setNumStepsPerStepButtonPress(1);
            super.pressPlay();
            setNumStepsPerStepButtonPress(saved);
        }
    }
}
