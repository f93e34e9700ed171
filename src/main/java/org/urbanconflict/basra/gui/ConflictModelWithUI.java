package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.core.ModelRegistry;

import org.urbanconflict.gui.ChartMarks;
import org.urbanconflict.gui.Consoles;
import org.urbanconflict.gui.ControlStrip;
import org.urbanconflict.gui.Fingerprint;
import org.urbanconflict.gui.RunLabel;
import org.urbanconflict.gui.TextMark;
import org.urbanconflict.gui.Presentation;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.WindowCapture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartPanel;
import java.nio.file.Path;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;
import sim.util.Bag;

/**
 * The Basra model under MASON's GUI: the same {@link ConflictModel} the command line runs (built by {@code
 * ConflictModel.create}), watched by a battle window (map, charts, event log) and driven from MASON's Console (play,
 * pause, step, seed, the Model tab's what-if settings, inspectors, checkpoints). The About tab shows {@code
 * index.html} beside this class. The GUI only reads the model, after each hour, so a GUI run with seed 1 is the run
 * {@code urbanconflict run --seed 1} makes.
 */
public final class ConflictModelWithUI extends GUIState {
    private final MapState mapState = new MapState();
    private final ScenarioSwitcher<Scenario> scenarios;
    private Style style;
    private BattleMap map;
    private LiveCharts charts;
    private EventLogPanel log;
    private HourlyFeed feed;
    private BattleWindow window;
    private WhatIfInspector whatIf;
    private Stoppable feedStopper;
    private ControlStrip strip;
    /** The scenario file's own settings, to tell "modified" on the map; refreshed when the scenario changes. */
    private String fileFingerprint;
    private String runLabel = "";
    private javax.swing.Timer labelTimer;

    /** What to tell a user who picks another model's file in this window. */
    private static final String OTHER_MODEL = "open another model's scenario with: urbanconflict gui FILE";

    public ConflictModelWithUI(ConflictModel model, boolean presentation, Path scenarioFolder) {
        super(model);
        this.style = Style.of(presentation);
        this.scenarios = new ScenarioSwitcher<>(scenarioFolder, "what-if", file -> ModelRegistry.load(file,
                BasraExperiment.class, OTHER_MODEL).scenario(), this::switchScenario);
    }

    public static String getName() {
        return "Basra 2008: Charge of the Knights";
    }

    ConflictModel model() {
        return (ConflictModel) state;
    }

    /** The Model tab: live figures and grouped what-if settings, from the model's properties proxy. */
    @Override
    public Inspector getInspector() {
        whatIf = new WhatIfInspector(this, model(), scenarios.popup());
        return whatIf;
    }

    @Override
    public Controller createController() {
        Consoles.Opened opened = Consoles.open(this, style);
        strip = new ControlStrip(opened.console(), "hour");
        window.addControls(strip);
        window.arrange(opened.layout());
        window.toFront();
        labelTimer = new javax.swing.Timer(1000, e -> showRunLabel());
        labelTimer.start();
        return opened.console();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        map = new BattleMap(this, mapState, model().scenario().map(), this::inspect);
        charts = new LiveCharts();
        log = new EventLogPanel(row -> inspect(row.subject() == null ? List.of() : List.of(row.subject())));
        feed = new HourlyFeed(mapState, charts, log);
        window = new BattleWindow(this, map, charts, log, scenarios);
        window.showPresentation(style.presentation());
        setStyle(style);
        controller.registerFrame(window);
        window.setVisible(true);
    }

    @Override
    public void start() {
        super.start();
        follow();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        follow();
    }

    /** Points every view at the model just started or loaded, and asks to be told after each hour. */
    private void follow() {
        if (feedStopper != null) {
            feedStopper.stop();
        }
        mapState.bind(model());
        if (fileFingerprint == null) {
            fileFingerprint = Fingerprint.of(model().scenario().sharedParameters());
        }
        boolean modified = !Fingerprint.of(model().parameters()).equals(fileFingerprint);
        feed.restart(model(), RunLabel.of(model().scenario().name(), modified, model().seed()));
        feedStopper = scheduleRepeatingImmediatelyAfter(feed);
        map.bind(mapState);
        javax.swing.SwingUtilities.invokeLater(() -> {
            window.showGhostCaption();
            showRunLabel();
        });
        if (controller instanceof Console console) {
            console.setWhenShouldPause(model().clock().horizonHours());
        }
    }

    /**
     * Shows which scenario and seed are loaded, and "modified" once a setting differs from the scenario file, on the
     * map (so saved pictures carry it), in the window title and on the Model tab; checked once a second, since a
     * setting can change on the Model tab while the model is paused.
     */
    private void showRunLabel() {
        if (window == null || fileFingerprint == null) {
            return;
        }
        String label;
        synchronized (state.schedule) {
            boolean modified = !Fingerprint.of(model().configuredParameters()).equals(fileFingerprint);
            label = RunLabel.of(model().scenario().name(), modified, model().seed());
        }
        if (!label.equals(runLabel)) {
            runLabel = label;
            map.setRunLabel(label);
            window.setTitle(getName() + " \u2014 " + label);
            if (whatIf != null) {
                whatIf.setRunLabel(label);
            }
        }
    }

    /** Brings the Console forward (its Model tab and inspectors), for when it waits behind the battle window. */
    void showConsole() {
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
        if (window != null) {
            window.dispose();
        }
        window = null;
        map = null;
    }

    /**
     * Shows agents (units or militia cells: all those on a clicked block, or the one an event names) in the Console's
     * inspectors, brings the Console forward on its Inspectors tab, and picks the first out on the map.
     */
    void inspect(List<Object> agents) {
        if (agents.isEmpty() || !(controller instanceof Console console)) {
            return;
        }
        Bag inspectors = new Bag();
        Bag names = new Bag();
        synchronized (state.schedule) {
            for (Object agent : agents) {
                Object bean = Inspectors.beanFor(agent, mapState);
                if (bean != null) {
                    inspectors.add(Inspectors.of(bean, this));
                    names.add(bean.toString());
                }
            }
        }
        if (inspectors.isEmpty()) {
            return;
        }
        console.setInspectors(inspectors, names);
        Consoles.showInspectors(console);
        map.select(agents.get(0));
    }

    /** Loads another scenario: stops the run, swaps the scenario in, and starts it paused at hour 0. */
    void switchScenario(Scenario next) {
        Console console = (Console) controller;
        console.pressStop();
        synchronized (state.schedule) {
            model().setScenario(next);
            fileFingerprint = Fingerprint.of(next.sharedParameters());
        }
        if (whatIf != null) {
            whatIf.updateAll();
        }
        console.pressPause();
    }

    void setPresentation(boolean on) {
        setStyle(Style.of(on));
        Presentation.applyFonts(style);
        Presentation.refresh();
        log.restyle();
        strip.restyle();
    }

    private void setStyle(Style next) {
        style = next;
        map.setStyle(next);
        charts.setStyle(next);
    }

    /** The Console, the map, its fields and the Model tab, for {@link BasraSelfCheck}. */
    Console console() {
        return (Console) controller;
    }

    BattleMap battleMap() {
        return map;
    }

    MapState mapState() {
        return mapState;
    }

    WhatIfInspector whatIf() {
        return whatIf;
    }

    /** Pins the run so far as the baseline the charts keep as faint lines (the View menu's pin). */
    void pinBaseline() {
        window.pinBaseline();
    }

    /** What the faint lines on the charts are ("Faint lines: baseline, ..."), or null when there are none. */
    String ghostCaption() {
        return charts.ghostCaption();
    }

    /** Saves a PNG of every window of the GUI, with the map and legend positions and the text drawn beside it. */
    void savePicture(Path file) throws IOException {
        synchronized (state.schedule) {
            WindowCapture.save(file, this::captureKey);
        }
    }

    /**
     * Runs the model to hour {@code hours} with the control strip's Run, as fast as it goes, and pauses there: the
     * {@code --hours} option thus exercises the same Run a class presses. {@link #reached(int)} says when it is there.
     */
    void runTo(int hours) {
        Console console = (Console) controller;
        console.setWhenShouldPause(hours);
        strip.setFast(true);
        strip.run();
    }

    /** Whether the run started by {@link #runTo(int)} has paused at its hour; then the strip's speed applies again. */
    boolean reached(int hours) {
        Console console = (Console) controller;
        if (console.getPlayState() != Console.PS_PAUSED || state.schedule.getSteps() < hours) {
            return false;
        }
        console.setWhenShouldPause(model().clock().horizonHours());
        strip.setFast(false);
        return true;
    }

    /**
     * What the picture checker looks for: the three control colours on a map of many colours, and the text the class
     * must read (district names, clock, legend, chart titles and ticks) with the cap height presentation mode needs.
     */
    private WindowCapture.Key captureKey() {
        List<TextMark> texts = new ArrayList<>(map.textMarks());
        for (ChartPanel panel : charts.panels()) {
            texts.addAll(ChartMarks.of(panel));
        }
        return new WindowCapture.Key(map.mapOnScreen(), map.legendOnScreen(), List.of("government", "militia",
                "contested"), List.of(Palette.MAP_COLOURS[Palette.GOVERNMENT], Palette.MAP_COLOURS[Palette.MILITIA],
                        Palette.MAP_COLOURS[Palette.CONTESTED]), Palette.PANEL, 12, texts,
                style.presentation() ? Style.PRESENTATION_CAP_HEIGHT : 0);
    }
}
