package org.urbanconflict.gui;

import java.io.IOException;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * What both models' GUIs do the same way around their own windows: open the Console ({@link Consoles}) with the
 * control strip on the model's window, follow every run started or loaded, show the scenario, "modified" and the seed
 * wherever the model shows it (checked once a second, since a setting can change on the Model tab while paused),
 * swap in another scenario (stop, swap, start paused at step 0), switch presentation mode, run to a step for {@code
 * --hours}, save a picture of every window, and quit. A model's GUI says what its windows are and what they show.
 */
public abstract class ClassroomGui extends GUIState {
    private Style style;
    private ControlStrip strip;
    private Timer labelTimer;
    /** The scenario file's own settings, to tell "modified"; refreshed when the scenario changes. */
    private String fileFingerprint;
    private String runLabel = "";

    protected ClassroomGui(SimState model, boolean presentation) {
        super(model);
        this.style = Style.of(presentation);
    }

    /** The settings of the scenario file as loaded, before any change on the Model tab. */
    protected abstract Object fileParameters();

    /** The settings the next run will use (what the Model tab edits). */
    protected abstract Object configuredParameters();

    protected abstract String scenarioName();

    /** What one step is called on the control strip's tooltips ("hour", "step"). */
    protected abstract String stepWord();

    /** Places the model's windows for the screen and puts the control strip on the main one. */
    protected abstract void placeWindows(ControlStrip controls, WindowLayout layout);

    /** Points the views at the run just started or loaded, and asks to be told after each step. */
    protected abstract void follow();

    /** Shows a new run label (scenario, "modified", seed) on the model's windows and Model tab. */
    protected abstract void showRunLabel(String label);

    /** Applies a style to the model's own drawing (map or lattice, charts, legend). */
    protected abstract void applyStyle(Style next);

    /** The step the Console pauses at when left alone (the scenario's horizon, or never). */
    protected abstract long horizon();

    /** What the picture checker reads beside a saved picture; called with the schedule locked. */
    protected abstract WindowCapture.Key captureKey();

    /** Closes the model's windows when the GUI quits. */
    protected abstract void disposeWindows();

    /** Restyles Swing pieces the font switch does not reach (after {@link Presentation#refresh()}). */
    protected void restyleSwing() {
    }

    protected final Style style() {
        return style;
    }

    @Override
    public Controller createController() {
        Consoles.Opened opened = Consoles.open(this, style);
        strip = new ControlStrip(opened.console(), stepWord());
        placeWindows(strip, opened.layout());
        labelTimer = new Timer(1000, e -> refreshRunLabel());
        labelTimer.start();
        return opened.console();
    }

    @Override
    public void start() {
        super.start();
        following();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        following();
    }

    private void following() {
        if (fileFingerprint == null) {
            fileFingerprint = Fingerprint.of(fileParameters());
        }
        follow();
        SwingUtilities.invokeLater(this::refreshRunLabel);
    }

    /** The run label for a run on {@code parameters}: "modified" when they differ from the file's. */
    protected final String runLabel(Object parameters) {
        boolean modified = !Fingerprint.of(parameters).equals(fileFingerprint);
        return RunLabel.of(scenarioName(), modified, state.seed());
    }

    private void refreshRunLabel() {
        if (fileFingerprint == null || strip == null) {
            return;
        }
        String label;
        synchronized (state.schedule) {
            label = runLabel(configuredParameters());
        }
        if (!label.equals(runLabel)) {
            runLabel = label;
            showRunLabel(label);
        }
    }

    /**
     * Loads another scenario: stops the run, swaps it in with the schedule locked ({@code swap}), lets the views
     * catch up ({@code then}), and starts the new run paused at step 0.
     */
    protected final void swapScenario(Runnable swap, Runnable then) {
        Console console = console();
        console.pressStop();
        synchronized (state.schedule) {
            swap.run();
            fileFingerprint = Fingerprint.of(fileParameters());
        }
        then.run();
        console.pressPause();
    }

    /** Switches presentation mode: the model's drawing, every Swing font, and the control strip. */
    public void setPresentation(boolean on) {
        style = Style.of(on);
        applyStyle(style);
        Presentation.applyFonts(style);
        Presentation.refresh();
        restyleSwing();
        strip.restyle();
    }

    /** The Console this GUI opened. */
    public final ClassroomConsole console() {
        return (ClassroomConsole) controller;
    }

    /** Brings the Console forward (Model tab, inspectors), for when it waits behind the model's windows. */
    public void showConsole() {
        if (controller instanceof Console console) {
            Consoles.bringForward(console);
        }
    }

    @Override
    public void quit() {
        if (labelTimer != null) {
            labelTimer.stop();
        }
        super.quit();
        disposeWindows();
    }

    /** Saves a PNG of every window of the GUI, with the JSON the picture checker reads beside it. */
    public void savePicture(Path file) throws IOException {
        synchronized (state.schedule) {
            WindowCapture.save(file, this::captureKey);
        }
    }

    /**
     * Runs the model to step {@code steps} with the control strip's Run, as fast as it goes, and pauses there: the
     * {@code --hours} option thus exercises the same Run a class presses. {@link #reached(int)} says when it is there.
     */
    public void runTo(int steps) {
        console().setWhenShouldPause(steps);
        strip.setFast(true);
        strip.run();
    }

    /** Whether the run of {@link #runTo(int)} has paused at its step; then the strip's speed applies again. */
    public boolean reached(int steps) {
        Console console = console();
        if (console.getPlayState() != Console.PS_PAUSED || state.schedule.getSteps() < steps) {
            return false;
        }
        console.setWhenShouldPause(horizon());
        strip.setFast(false);
        return true;
    }
}
