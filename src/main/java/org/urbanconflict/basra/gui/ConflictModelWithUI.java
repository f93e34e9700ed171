package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.jfree.chart.ChartPanel;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.gui.ChartMarks;
import org.urbanconflict.gui.ClassroomGui;
import org.urbanconflict.gui.Consoles;
import org.urbanconflict.gui.ControlStrip;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.TextMark;
import org.urbanconflict.gui.WindowCapture;
import org.urbanconflict.gui.WindowLayout;
import sim.display.Console;
import sim.display.Controller;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;
import sim.util.Bag;

/**
 * The Basra model under MASON's GUI: the same {@link ConflictModel} the command line runs (built by {@code
 * ConflictModel.create}), watched by a battle window (map, charts, event log) and driven from the control strip and
 * MASON's Console (seed, the Model tab's what-if settings, inspectors, checkpoints). The About tab shows {@code
 * index.html} beside this class. The GUI only reads the model, after each hour, so a GUI run with seed 1 is the run
 * {@code urbanconflict run --seed 1} makes. What both models' GUIs share is in {@link ClassroomGui}.
 */
public final class ConflictModelWithUI extends ClassroomGui {
    private final MapState mapState = new MapState();
    private final ScenarioSwitcher<Scenario> scenarios;
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
        super(model, presentation);
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
    protected void placeWindows(ControlStrip controls, WindowLayout layout) {
        window.addControls(controls);
        window.arrange(layout);
        window.toFront();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        map = new BattleMap(this, mapState, model().scenario().map(), this::inspect);
        charts = new LiveCharts();
        log = new EventLogPanel(row -> inspect(row.subject() == null ? List.of() : List.of(row.subject())));
        feed = new HourlyFeed(mapState, charts, log);
        window = new BattleWindow(this, map, charts, log, scenarios);
        window.showPresentation(style().presentation());
        applyStyle(style());
        controller.registerFrame(window);
        window.setVisible(true);
    }

    @Override
    protected void follow() {
        if (feedStopper != null) {
            feedStopper.stop();
        }
        mapState.bind(model());
        feed.restart(model(), runLabel(model().parameters()));
        feedStopper = scheduleRepeatingImmediatelyAfter(feed);
        map.bind(mapState);
        javax.swing.SwingUtilities.invokeLater(window::showGhostCaption);
        if (controller instanceof Console console) {
            console.setWhenShouldPause(horizon());
        }
    }

    @Override
    protected Object fileParameters() {
        return model().scenario().sharedParameters();
    }

    @Override
    protected Object configuredParameters() {
        return model().configuredParameters();
    }

    @Override
    protected String scenarioName() {
        return model().scenario().name();
    }

    @Override
    protected String stepWord() {
        return "hour";
    }

    @Override
    protected long horizon() {
        return model().clock().horizonHours();
    }

    /** On the map (so saved pictures carry it), in the window title and on the Model tab. */
    @Override
    protected void showRunLabel(String label) {
        if (window == null) {
            return;
        }
        map.setRunLabel(label);
        window.setTitle(getName() + " \u2014 " + label);
        if (whatIf != null) {
            whatIf.setRunLabel(label);
        }
    }

    @Override
    protected void disposeWindows() {
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
        swapScenario(() -> model().setScenario(next), () -> {
            if (whatIf != null) {
                whatIf.updateAll();
            }
        });
    }

    @Override
    protected void applyStyle(Style next) {
        map.setStyle(next);
        charts.setStyle(next);
    }

    @Override
    protected void restyleSwing() {
        log.restyle();
    }

    /** The map, its fields and the Model tab, for {@link BasraSelfCheck}. */
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

    /**
     * What the picture checker looks for: the three control colours on a map of many colours, and the text the class
     * must read (district names, clock, legend, chart titles and ticks) with the cap height presentation mode needs.
     */
    @Override
    protected WindowCapture.Key captureKey() {
        List<TextMark> texts = new ArrayList<>(map.textMarks());
        for (ChartPanel panel : charts.panels()) {
            texts.addAll(ChartMarks.of(panel));
        }
        return new WindowCapture.Key(map.mapOnScreen(), map.legendOnScreen(), List.of("government", "militia",
                "contested"), List.of(Palette.MAP_COLOURS[Palette.GOVERNMENT], Palette.MAP_COLOURS[Palette.MILITIA],
                        Palette.MAP_COLOURS[Palette.CONTESTED]), Palette.PANEL, 12, texts,
                style().presentation() ? Style.PRESENTATION_CAP_HEIGHT : 0);
    }
}
