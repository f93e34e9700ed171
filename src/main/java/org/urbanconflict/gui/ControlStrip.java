package org.urbanconflict.gui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;
import javax.swing.UIManager;
import sim.display.Console;

/**
 * The play controls on the map (or lattice) window itself, where the class is looking: Run, Pause, Step, Reset and a
 * speed slider that starts slow (see {@link SpeedScale}). They drive MASON's Console, so its own buttons, counter
 * and seed stay in step: Run starts or resumes, Pause pauses, Step advances one step (pausing first if running),
 * Reset stops and starts again paused at step 0 on the same seed. A label shows the step and the seed.
 */
public final class ControlStrip extends JPanel {
    private static final long serialVersionUID = 1L;

    private final ClassroomConsole console;
    private final JButton run = new JButton("\u25B6 Run");
    private final JButton pause = new JButton("\u275A\u275A Pause");
    private final JButton step = new JButton("Step");
    private final JButton reset = new JButton("\u21BA Reset");
    private final JSlider speed = new JSlider(0, SpeedScale.MAX, SpeedScale.DEFAULT);
    private final JLabel speedLabel = new JLabel();
    private final JLabel status = new JLabel();

    public ControlStrip(ClassroomConsole console, String stepWord) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 4));
        this.console = console;
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, new Color(0xCCCCCC)));
        run.setToolTipText("Run from here (starts at " + stepWord + " 0 after Reset)");
        pause.setToolTipText("Pause; Run carries on from here");
        step.setToolTipText("Advance one " + stepWord);
        reset.setToolTipText("Back to " + stepWord + " 0 with the same seed and the current settings; the run so far"
                + " stays on the charts as faint lines");
        run.addActionListener(e -> run());
        pause.addActionListener(e -> pause());
        step.addActionListener(e -> step());
        reset.addActionListener(e -> reset());
        speed.setToolTipText("How fast the run goes; the slow end leaves time to talk");
        speed.addChangeListener(e -> applySpeed());
        speed.setPreferredSize(new java.awt.Dimension(110, speed.getPreferredSize().height));
        for (java.awt.Component c : new java.awt.Component[] {run, pause, step, reset, speed, speedLabel, status}) {
            add(c);
        }
        applySpeed();
        new Timer(250, e -> refresh()).start();
        refresh();
    }

    /** Starts the run, or resumes it when paused: the Console's Play ({@link ClassroomConsole}). */
    public void run() {
        console.pressPlay();
        refresh();
    }

    public void pause() {
        if (console.getPlayState() == Console.PS_PLAYING) {
            console.pressPause();
        }
        refresh();
    }

    /** One step: pauses a running model first, starts a stopped one paused at step 0 and steps it. */
    public void step() {
        if (console.getPlayState() == Console.PS_PLAYING) {
            console.pressPause();
        } else {
            if (console.getPlayState() == Console.PS_STOPPED) {
                console.pressPause();
            }
            console.stepOnce();
        }
        refresh();
    }

    /** Stops and starts again, paused at step 0, with the same seed (the Console no longer changes it on Stop). */
    public void reset() {
        console.pressStop();
        console.pressPause();
        refresh();
    }

    /** Applies the fonts after presentation mode changes them. */
    public void restyle() {
        Font font = UIManager.getFont("Button.font");
        for (java.awt.Component c : getComponents()) {
            c.setFont(font);
        }
        revalidate();
    }

    /** Runs as fast as possible (for {@code --hours}), or at the slider's speed again. */
    public void setFast(boolean fast) {
        if (fast) {
            console.setPlaySleep(0);
        } else {
            applySpeed();
        }
    }

    private void applySpeed() {
        console.setPlaySleep(SpeedScale.sleepMillis(speed.getValue()));
        speedLabel.setText(SpeedScale.label(speed.getValue()));
    }

    private void refresh() {
        int state = console.getPlayState();
        run.setEnabled(state != Console.PS_PLAYING);
        pause.setEnabled(state == Console.PS_PLAYING);
        status.setText("seed " + console.getSimulation().state.seed());
    }
}
