package org.urbanconflict.epstein.gui;

import org.urbanconflict.core.ModelRegistry;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.gui.Components;
import org.urbanconflict.gui.Consoles;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.WindowCapture;
import org.urbanconflict.gui.WindowLayout;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.gui.SimpleColorMap;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Epstein's civil violence model under MASON's GUI: the lattice with citizens coloured quiet, active or jailed and
 * the cops, a legend with the counts, and two MASON time-series charts (citizens active and jailed; legitimacy and
 * cops), driven from the Console, with a Scenario menu for the paper's other runs and the rule variants. The Model tab is the model's own properties proxy, so legitimacy and cop density
 * are sliders that act from the next step. The GUI only reads the model after each step, so a GUI run with seed N
 * is the run {@code urbanconflict run FILE --seed N} makes, as long as the sliders are left alone.
 */
public final class EpsteinModelWithUI extends GUIState {
    /** The display's size at zoom 1; it zooms to fill its window. */
    private static final double DISPLAY_SIDE = 600;
    private final Style style;
    private final LatticeView view = new LatticeView();
    private final FastValueGridPortrayal2D lattice = new FastValueGridPortrayal2D("Cell", false);
    private final XYSeries active = new XYSeries("Active citizens");
    private final XYSeries jailed = new XYSeries("Jailed citizens");
    private final XYSeries legitimacy = new XYSeries("Legitimacy (%)");
    private final XYSeries cops = new XYSeries("Cops (% of start)");
    private Display2D display;
    private JFrame displayFrame;
    private EpsteinLegend legend;
    private TimeSeriesChartGenerator citizenChart;
    private TimeSeriesChartGenerator controlChart;
    private Stoppable follower;
    private double startingCops;
    private final ScenarioSwitcher<EpsteinScenario> scenarios;

    /**
     * @param scenarioFolder the folder whose runs (and {@code variants/}) the Scenario menu offers
     */
    public EpsteinModelWithUI(EpsteinModel model, boolean presentation, Path scenarioFolder) {
        super(model);
        this.style = Style.of(presentation);
        this.scenarios = new ScenarioSwitcher<>(scenarioFolder, "variants", file -> ModelRegistry.load(file,
                EpsteinExperiment.class, "open it with: urbanconflict gui " + file).scenario(), this::switchScenario);
        Color[] colours = new Color[EpsteinPalette.COLOURS.length];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = new Color(EpsteinPalette.COLOURS[i]);
        }
        lattice.setMap(new SimpleColorMap(colours));
    }

    public static String getName() {
        return "Epstein's civil violence model";
    }

    EpsteinModel model() {
        return (EpsteinModel) state;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return state;
    }

    /** The Model tab: the model's proxy, refreshed every step so the counts stay live. */
    @Override
    public Inspector getInspector() {
        Inspector inspector = new SimpleInspector(state, this, null, getMaximumPropertiesForInspector());
        inspector.setVolatile(true);
        return inspector;
    }

    @Override
    public Controller createController() {
        Consoles.Opened opened = Consoles.open(this, style);
        arrange(opened.layout().main());
        return opened.console();
    }

    /** The lattice on the left of the main area, as large a square as fits; the two charts stacked on its right. */
    private void arrange(WindowLayout.Box main) {
        int side = Math.min(main.height(), main.width() * 58 / 100);
        displayFrame.setBounds(main.x(), main.y(), side, main.height());
        int chartWidth = main.width() - side;
        citizenChart.getFrame().setBounds(main.x() + side, main.y(), chartWidth, main.height() / 2);
        controlChart.getFrame().setBounds(main.x() + side, main.y() + main.height() / 2, chartWidth,
                main.height() - main.height() / 2);
        fillFrame(citizenChart);
        fillFrame(controlChart);
    }

    /**
     * Folds the chart window's attribute panel away (its divider's arrow brings it back) and shapes the chart to its
     * window, so on a projector the plot, not the settings, fills the space.
     */
    private static void fillFrame(TimeSeriesChartGenerator chart) {
        JFrame frame = chart.getFrame();
        for (JSplitPane split : Components.find(frame.getContentPane(), JSplitPane.class)) {
            split.setOneTouchExpandable(true);
            split.setDividerLocation(0);
        }
        double width = frame.getWidth() - 24;
        double height = frame.getHeight() - 90;
        if (width > 100 && height > 100) {
            chart.setProportion(Math.round(Math.max(0.8, Math.min(2.5, width / height)) * 100) / 100.0);
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(DISPLAY_SIDE, DISPLAY_SIDE, this);
        display.setBackdrop(new Color(EpsteinPalette.COLOURS[EpsteinPalette.EMPTY]));
        display.attach(lattice, "Citizens and cops");
        display.display.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitToWindow();
            }
        });
        displayFrame = display.createFrame();
        displayFrame.setTitle(getName() + " \u2014 " + model().scenario().name());
        legend = new EpsteinLegend();
        legend.setStyle(style);
        displayFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        JMenuBar menus = new JMenuBar();
        menus.add(scenarios.menu());
        displayFrame.setJMenuBar(menus);
        scenarios.setParent(displayFrame);
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        citizenChart = chart("Citizens active and jailed", "Citizens", List.of(active, jailed),
                List.of(EpsteinPalette.ACTIVE, EpsteinPalette.JAILED));
        controlChart = chart("Legitimacy and cops", "Percent", List.of(legitimacy, cops),
                List.of(EpsteinPalette.QUIET, EpsteinPalette.COP));
        controlChart.setYAxisRange(0, 105);
        controller.registerFrame(citizenChart.getFrame());
        controller.registerFrame(controlChart.getFrame());
    }

    /** Zooms so the lattice fills the visible area, as large as fits. */
    private void fitToWindow() {
        Rectangle view = display.display.getViewport().getBounds();
        if (view.width >= 10 && view.height >= 10) {
            double scale = Math.min(view.width, view.height) / DISPLAY_SIDE;
            display.setScale(Math.max(0.2, Math.floor(scale * 100) / 100));
        }
    }

    /** Where the lattice is drawn on screen: the display's content, centred in its viewport. */
    private Rectangle latticeOnScreen() {
        double side = DISPLAY_SIDE * display.getScale();
        Rectangle view = display.display.getViewport().getViewRect();
        int dx = (int) Math.max(0, (view.width - side) / 2);
        int dy = (int) Math.max(0, (view.height - side) / 2);
        Point origin = display.insideDisplay.getLocationOnScreen();
        return new Rectangle(origin.x + dx, origin.y + dy, (int) Math.min(side, view.width),
                (int) Math.min(side, view.height));
    }

    private TimeSeriesChartGenerator chart(String title, String yLabel, List<XYSeries> series, List<Integer> codes) {
        TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
        chart.setTitle(title);
        chart.setXAxisLabel("Step");
        chart.setYAxisLabel(yLabel);
        for (int i = 0; i < series.size(); i++) {
            TimeSeriesAttributes attributes = (TimeSeriesAttributes) chart.addSeries(series.get(i), null);
            attributes.setStrokeColor(new Color(EpsteinPalette.COLOURS[codes.get(i)]));
            attributes.setThickness(style.chartLineWidth());
        }
        XYPlot plot = chart.getChart().getXYPlot();
        // Before the first steps a single point would stretch the axes to +-5e-9; keep at least 10 steps and units.
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeMinimumSize(10);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeMinimumSize(10);
        JFrame frame = chart.createFrame();
        frame.setVisible(true);
        return chart;
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

    /** Points the views at the run just started or loaded, and asks to be told after each step. */
    private void follow() {
        if (follower != null) {
            follower.stop();
        }
        active.clear();
        jailed.clear();
        legitimacy.clear();
        cops.clear();
        startingCops = Math.max(1, model().copCount());
        Steppable afterEachStep = s -> record();
        record();
        follower = scheduleRepeatingImmediatelyAfter(afterEachStep);
        lattice.setField(view.grid());
        display.reset();
        display.repaint();
    }

    /**
     * On the model thread: copies the lattice and appends this step's figures to the charts. The view's grid is
     * replaced only when a run of another size starts, and {@link #follow()} hands the new one to the portrayal.
     */
    private void record() {
        EpsteinModel m = model();
        view.refresh(m);
        long step = m.schedule.getSteps();
        active.add(step, m.activeCount(), false);
        jailed.add(step, m.jailedCount(), false);
        legitimacy.add(step, 100 * m.parameters().getLegitimacy(), false);
        cops.add(step, 100 * m.copCount() / startingCops, false);
        legend.show(new EpsteinLegend.Figures(step, m.quietCount(), m.activeCount(), m.jailedCount(), m.copCount(),
                m.parameters().getLegitimacy(), m.outburstsStarted()));
        citizenChart.updateChartLater(step);
        controlChart.updateChartLater(step);
    }

    /** Loads another scenario: stops the run, swaps the scenario in, and starts it paused at step 0. */
    private void switchScenario(EpsteinScenario next) {
        Console console = (Console) controller;
        console.pressStop();
        synchronized (state.schedule) {
            model().setScenario(next);
        }
        displayFrame.setTitle(getName() + " \u2014 " + next.name());
        console.pressPause();
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame frame : new JFrame[] {displayFrame, citizenChart == null ? null : citizenChart.getFrame(),
            controlChart == null ? null : controlChart.getFrame()}) {
            if (frame != null) {
                frame.dispose();
            }
        }
        displayFrame = null;
        display = null;
    }

    /** Saves a PNG of every window, with where the lattice and legend are and the colours that must show. */
    void savePicture(Path file) throws IOException {
        synchronized (state.schedule) {
            Rectangle map = latticeOnScreen();
            Rectangle key = new Rectangle(legend.getLocationOnScreen(), legend.getSize());
            WindowCapture.save(file, new WindowCapture.Key(map, key, List.of("quiet", "cop"),
                    List.of(EpsteinPalette.COLOURS[EpsteinPalette.QUIET], EpsteinPalette.COLOURS[EpsteinPalette.COP]),
                    EpsteinPalette.PANEL, 3));
        }
    }

    /** Steps the model {@code steps} steps from the Console, as its step button would. */
    void step(int steps) {
        Console console = (Console) controller;
        console.setNumStepsPerStepButtonPress(steps);
        console.pressPlay();
        console.setNumStepsPerStepButtonPress(1);
    }
}
