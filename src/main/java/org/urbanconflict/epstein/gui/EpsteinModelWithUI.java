package org.urbanconflict.epstein.gui;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;
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
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;

/**
 * Epstein's civil violence model under MASON's GUI: the lattice with citizens coloured quiet or active, the cops,
 * and faint marks where jailed citizens were taken ({@link LatticeDisplay}), the control strip above it and a legend
 * with the counts below; beside it a window with two live charts (citizens active and jailed; legitimacy and cops)
 * that keep the run before as faint lines. The Model tab has the paper's parameters as labelled sliders ({@link
 * EpsteinSliders}). The GUI only reads the model after each step, so a GUI run with seed N is the run {@code
 * urbanconflict run FILE --seed N} makes, as long as the sliders are left alone. What both models' GUIs share is in
 * {@link ClassroomGui}.
 */
public final class EpsteinModelWithUI extends ClassroomGui {
    private final LatticeView view = new LatticeView();
    private final ScenarioSwitcher<EpsteinScenario> scenarios;
    private LatticeDisplay lattice;
    private EpsteinWindows windows;
    private EpsteinLegend legend;
    private EpsteinCharts charts;
    private EpsteinSliders sliders;
    private Stoppable follower;
    private double startingCops;

    /**
     * @param scenarioFolder the folder whose runs (and {@code variants/}) the Scenario menu offers
     */
    public EpsteinModelWithUI(EpsteinModel model, boolean presentation, Path scenarioFolder) {
        super(model, presentation);
        this.scenarios = new ScenarioSwitcher<>(scenarioFolder, "variants", file -> ModelRegistry.load(file,
                EpsteinExperiment.class, "open it with: urbanconflict gui " + file).scenario(), this::switchScenario);
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
    protected void placeWindows(ControlStrip controls, WindowLayout layout) {
        windows.addControls(controls);
        windows.arrange(layout.main());
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        lattice = new LatticeDisplay(this, this::model, () -> {
            if (controller instanceof Console console) {
                Consoles.showInspectors(console);
            }
        });
        legend = new EpsteinLegend();
        charts = new EpsteinCharts();
        windows = new EpsteinWindows(this, lattice.display(), legend, charts, scenarios);
        controller.registerFrame(windows.latticeFrame());
        controller.registerFrame(windows.chartFrame());
        applyStyle(style());
    }

    @Override
    protected void follow() {
        if (follower != null) {
            follower.stop();
        }
        String label = runLabel(model().parameters());
        SwingUtilities.invokeLater(() -> charts.reset(label));
        startingCops = Math.max(1, model().copCount());
        Steppable afterEachStep = s -> record();
        record();
        follower = scheduleRepeatingImmediatelyAfter(afterEachStep);
        lattice.bind(view.grid());
    }

    /**
     * On the model thread: copies the lattice and hands this step's figures to the legend and the charts. The view's
     * grid is replaced only when a run of another size starts, and {@link #follow()} hands the new one to the
     * display.
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

    @Override
    protected Object fileParameters() {
        return model().scenario().parameters();
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
        return "step";
    }

    @Override
    protected long horizon() {
        return Long.MAX_VALUE;
    }

    /** Scenario, "modified" (a slider moved away from the file) and seed, on the lattice window and Model tab. */
    @Override
    protected void showRunLabel(String label) {
        if (windows == null) {
            return;
        }
        legend.setRunLabel(label);
        windows.latticeFrame().setTitle(getName() + " \u2014 " + label);
        if (sliders != null) {
            sliders.setHeader(label);
        }
    }

    /** Loads another scenario: stops the run, swaps the scenario in, and starts it paused at step 0. */
    private void switchScenario(EpsteinScenario next) {
        swapScenario(() -> model().setScenario(next), () -> { });
    }

    @Override
    protected void applyStyle(Style next) {
        legend.setStyle(next);
        charts.setStyle(next);
        windows.showPresentation(next.presentation());
    }

    /** The lattice display, the Model tab and the window's title, for {@link EpsteinSelfCheck}. */
    LatticeDisplay latticeDisplay() {
        return lattice;
    }

    EpsteinSliders sliders() {
        return sliders;
    }

    String latticeTitle() {
        return windows.latticeFrame().getTitle();
    }

    void pin(boolean on) {
        charts.pin(on);
    }

    @Override
    protected void disposeWindows() {
        if (windows != null) {
            windows.dispose();
        }
        windows = null;
        lattice = null;
    }

    /** Where the lattice, legend and text are, and the colours that must show. */
    @Override
    protected WindowCapture.Key captureKey() {
        List<TextMark> texts = new ArrayList<>(legend.marks());
        for (ChartPanel panel : charts.panels()) {
            texts.addAll(ChartMarks.of(panel));
        }
        return new WindowCapture.Key(lattice.onScreen(), new Rectangle(legend.getLocationOnScreen(),
                legend.getSize()), List.of("quiet", "cop"), List.of(EpsteinPalette.COLOURS[EpsteinPalette.QUIET],
                        EpsteinPalette.COLOURS[EpsteinPalette.COP]), EpsteinPalette.PANEL, 3, texts,
                style().presentation() ? Style.PRESENTATION_CAP_HEIGHT : 0);
    }
}
