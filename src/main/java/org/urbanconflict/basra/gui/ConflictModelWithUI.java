package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.core.ModelRegistry;

import org.urbanconflict.gui.Consoles;
import org.urbanconflict.gui.Presentation;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.WindowCapture;

import java.io.IOException;
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
        window.arrange(opened.layout());
        return opened.console();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        map = new BattleMap(this, mapState, model().scenario().map());
        charts = new LiveCharts();
        log = new EventLogPanel(row -> inspect(row.subject()));
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
        feed.restart(model());
        feedStopper = scheduleRepeatingImmediatelyAfter(feed);
        map.bind(mapState);
        window.setTitle(getName() + " \u2014 " + model().scenario().name());
        if (controller instanceof Console console) {
            console.setWhenShouldPause(model().clock().horizonHours());
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (window != null) {
            window.dispose();
        }
        window = null;
        map = null;
    }

    /** Shows an agent (a unit or militia cell) in the Console's inspectors and picks it out on the map. */
    void inspect(Object agent) {
        if (agent == null || !(controller instanceof Console console)) {
            return;
        }
        synchronized (state.schedule) {
            Object bean = Inspectors.beanFor(agent, mapState);
            if (bean == null) {
                return;
            }
            Bag inspectors = new Bag();
            Bag names = new Bag();
            inspectors.add(Inspectors.of(bean, this));
            names.add(bean.toString());
            console.setInspectors(inspectors, names);
        }
        map.select(agent);
    }

    /** Loads another scenario: stops the run, swaps the scenario in, and starts it paused at hour 0. */
    void switchScenario(Scenario next) {
        Console console = (Console) controller;
        console.pressStop();
        synchronized (state.schedule) {
            model().setScenario(next);
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
    }

    private void setStyle(Style next) {
        style = next;
        map.setStyle(next);
        charts.setStyle(next);
    }

    /** Saves a PNG of every window of the GUI, with the map and legend positions beside it. */
    void savePicture(Path file) throws IOException {
        synchronized (state.schedule) {
            WindowCapture.save(file, captureKey(map.mapOnScreen(), map.legendOnScreen()));
        }
    }

    /** Steps the model {@code hours} hours from the Console, as pressing its step button would. */
    void stepHours(int hours) {
        Console console = (Console) controller;
        console.setNumStepsPerStepButtonPress(hours);
        console.pressPlay();
        console.setNumStepsPerStepButtonPress(1);
    }

    /** What the picture checker looks for on the Basra map: the three control colours, on a map of many colours. */
    private static WindowCapture.Key captureKey(java.awt.Rectangle map, java.awt.Rectangle legend) {
        return new WindowCapture.Key(map, legend, java.util.List.of("government", "militia", "contested"),
                java.util.List.of(Palette.MAP_COLOURS[Palette.GOVERNMENT], Palette.MAP_COLOURS[Palette.MILITIA],
                        Palette.MAP_COLOURS[Palette.CONTESTED]), Palette.PANEL, 12);
    }
}
