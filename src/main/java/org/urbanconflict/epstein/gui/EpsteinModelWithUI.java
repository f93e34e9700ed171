package org.urbanconflict.epstein.gui;

import org.urbanconflict.core.ModelRegistry;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.gui.ChartMarks;
import org.urbanconflict.gui.Consoles;
import org.urbanconflict.gui.ControlStrip;
import org.urbanconflict.gui.Fingerprint;
import org.urbanconflict.gui.Presentation;
import org.urbanconflict.gui.RunLabel;
import org.urbanconflict.gui.ScenarioSwitcher;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.TextMark;
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
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;
import sim.util.gui.SimpleColorMap;

/**
 * Epstein's civil violence model under MASON's GUI: the lattice with citizens coloured quiet or active, the cops,
 * and faint marks where jailed citizens were taken, the control strip above it and a legend with the counts below;
 * beside it a window with two live charts (citizens active and jailed; legitimacy and cops) that keep the run
 * before as faint lines. The Model tab has the paper's parameters as labelled sliders ({@link EpsteinSliders}); a
 * click on a cell inspects the citizen or cop on it, read-only ({@link CellInspection}). The GUI only reads the model
 * after each step, so a GUI run with seed N is the run {@code urbanconflict run FILE --seed N} makes, as long as the
 * sliders are left alone.
 */
public final class EpsteinModelWithUI extends GUIState {
    /** The display's size at zoom 1; it zooms to fill its window. */
    private static final double DISPLAY_SIDE = 600;
    private Style style;
    private final LatticeView view = new LatticeView();
    private final FastValueGridPortrayal2D lattice = new Lattice();
    private final ScenarioSwitcher<EpsteinScenario> scenarios;
    private Display2D display;
    private EpsteinWindows windows;
    private EpsteinLegend legend;
    private EpsteinCharts charts;
    private EpsteinSliders sliders;
    private ControlStrip strip;
    private Stoppable follower;
    private double startingCops;
    private String fileFingerprint;
    private String runLabel = "";
    private javax.swing.Timer labelTimer;

    /** The lattice's portrayal: inspecting a cell shows the agent on it, read-only, never the raw cell value. */
    private final class Lattice extends FastValueGridPortrayal2D {
        private static final long serialVersionUID = 1L;

        Lattice() {
            super("Cell", false);
        }

        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
            Int2D at = (Int2D) wrapper.getLocation();
            SimpleInspector inspector = new SimpleInspector(new CellInspection(model(), at.x, at.y), gui, null);
            inspector.setVolatile(true);
            return inspector;
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            Int2D at = (Int2D) wrapper.getLocation();
            return new CellInspection(model(), at.x, at.y).toString();
        }
    }

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

    /** The Model tab: the paper's parameters as labelled sliders, refreshed every step. */
    @Override
    public Inspector getInspector() {
        sliders = new EpsteinSliders(model());
        sliders.setVolatile(true);
        return sliders;
    }

    @Override
    public Controller createController() {
        Consoles.Opened opened = Consoles.open(this, style);
        strip = new ControlStrip(opened.console(), "step");
        windows.addControls(strip);
        windows.arrange(opened.layout().main());
        labelTimer = new javax.swing.Timer(1000, e -> showRunLabel());
        labelTimer.start();
        return opened.console();
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
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) {
                    inspectAt(e.getPoint());
                }
            }
        });
        legend = new EpsteinLegend();
        charts = new EpsteinCharts();
        windows = new EpsteinWindows(this, display, legend, charts, scenarios);
        controller.registerFrame(windows.latticeFrame());
        controller.registerFrame(windows.chartFrame());
        setStyle(style);
    }

    /** Inspects the cell under a single click and brings the Console forward on its Inspectors tab. */
    private void inspectAt(Point point) {
        if (controller instanceof Console console) {
            display.createInspectors(new Rectangle2D.Double(point.x, point.y, 1, 1), this);
            Consoles.showInspectors(console);
        }
    }

    /** Zooms so the lattice fills the visible area, as large as fits. */
    private void fitToWindow() {
        Rectangle viewport = display.display.getViewport().getBounds();
        if (viewport.width >= 10 && viewport.height >= 10) {
            double scale = Math.min(viewport.width, viewport.height) / DISPLAY_SIDE;
            display.setScale(Math.max(0.2, Math.floor(scale * 100) / 100));
        }
    }

    /** Where the lattice is drawn on screen: the display's content, centred in its viewport. */
    private Rectangle latticeOnScreen() {
        double side = DISPLAY_SIDE * display.getScale();
        Rectangle viewport = display.display.getViewport().getViewRect();
        int dx = (int) Math.max(0, (viewport.width - side) / 2);
        int dy = (int) Math.max(0, (viewport.height - side) / 2);
        Point origin = display.insideDisplay.getLocationOnScreen();
        return new Rectangle(origin.x + dx, origin.y + dy, (int) Math.min(side, viewport.width),
                (int) Math.min(side, viewport.height));
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
        if (fileFingerprint == null) {
            fileFingerprint = Fingerprint.of(model().scenario().parameters());
        }
        boolean modified = !Fingerprint.of(model().parameters()).equals(fileFingerprint);
        String label = RunLabel.of(model().scenario().name(), modified, model().seed());
        SwingUtilities.invokeLater(() -> charts.reset(label));
        startingCops = Math.max(1, model().copCount());
        Steppable afterEachStep = s -> record();
        record();
        follower = scheduleRepeatingImmediatelyAfter(afterEachStep);
        lattice.setField(view.grid());
        display.reset();
        display.repaint();
        SwingUtilities.invokeLater(this::showRunLabel);
    }

    /**
     * On the model thread: copies the lattice and hands this step's figures to the legend and the charts. The view's
     * grid is replaced only when a run of another size starts, and {@link #follow()} hands the new one to the
     * portrayal.
     */
    private void record() {
        EpsteinModel m = model();
        view.refresh(m);
        long step = m.schedule.getSteps();
        double[][] values = {{m.activeCount(), m.jailedCount()}, {100 * m.parameters().getLegitimacy(),
            100 * m.copCount() / startingCops}};
        legend.show(new EpsteinLegend.Figures(step, m.quietCount(), m.activeCount(), m.jailedCount(), m.copCount(),
                m.parameters().getLegitimacy(), m.outburstsStarted()));
        SwingUtilities.invokeLater(() -> charts.add(step, values));
    }

    /** Scenario, "modified" (a slider moved away from the file) and seed, on the lattice window and Model tab. */
    private void showRunLabel() {
        if (windows == null || fileFingerprint == null) {
            return;
        }
        String label;
        synchronized (state.schedule) {
            boolean modified = !Fingerprint.of(model().configuredParameters()).equals(fileFingerprint);
            label = RunLabel.of(model().scenario().name(), modified, model().seed());
        }
        if (!label.equals(runLabel)) {
            runLabel = label;
            legend.setRunLabel(label);
            windows.latticeFrame().setTitle(getName() + " \u2014 " + label);
            if (sliders != null) {
                sliders.setHeader(label);
            }
        }
    }

    /** Loads another scenario: stops the run, swaps the scenario in, and starts it paused at step 0. */
    private void switchScenario(EpsteinScenario next) {
        Console console = (Console) controller;
        console.pressStop();
        synchronized (state.schedule) {
            model().setScenario(next);
            fileFingerprint = Fingerprint.of(next.parameters());
        }
        console.pressPause();
    }

    void setPresentation(boolean on) {
        setStyle(Style.of(on));
        Presentation.applyFonts(style);
        Presentation.refresh();
        strip.restyle();
    }

    private void setStyle(Style next) {
        style = next;
        legend.setStyle(next);
        charts.setStyle(next);
        windows.showPresentation(next.presentation());
    }

    void pin(boolean on) {
        charts.pin(on);
    }

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
        if (windows != null) {
            windows.dispose();
        }
        windows = null;
        display = null;
    }

    /** Saves a PNG of every window, with where the lattice, legend and text are and the colours that must show. */
    void savePicture(Path file) throws IOException {
        synchronized (state.schedule) {
            WindowCapture.save(file, () -> {
                List<TextMark> texts = new ArrayList<>(legend.marks());
                for (ChartPanel panel : charts.panels()) {
                    texts.addAll(ChartMarks.of(panel));
                }
                return new WindowCapture.Key(latticeOnScreen(), new Rectangle(legend.getLocationOnScreen(),
                        legend.getSize()), List.of("quiet", "cop"), List.of(EpsteinPalette.COLOURS[EpsteinPalette
                        .QUIET], EpsteinPalette.COLOURS[EpsteinPalette.COP]), EpsteinPalette.PANEL, 3, texts,
                        style.presentation() ? Style.PRESENTATION_CAP_HEIGHT : 0);
            });
        }
    }

    /** Runs to step {@code steps} with the control strip's Run, as fast as it goes, and pauses there. */
    void runTo(int steps) {
        ((Console) controller).setWhenShouldPause(steps);
        strip.setFast(true);
        strip.run();
    }

    /** Whether the run of {@link #runTo(int)} has paused at its step; then the strip's speed applies again. */
    boolean reached(int steps) {
        Console console = (Console) controller;
        if (console.getPlayState() != Console.PS_PAUSED || state.schedule.getSteps() < steps) {
            return false;
        }
        console.setWhenShouldPause(Long.MAX_VALUE);
        strip.setFast(false);
        return true;
    }
}
