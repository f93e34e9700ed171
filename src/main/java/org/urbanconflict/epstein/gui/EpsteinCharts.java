package org.urbanconflict.epstein.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.urbanconflict.gui.AxisRange;
import org.urbanconflict.gui.ChartLook;
import org.urbanconflict.gui.Ghosts;
import org.urbanconflict.gui.RunMemory;
import org.urbanconflict.gui.Style;

/**
 * The two live charts of Epstein's model, stacked: citizens active and jailed, and legitimacy and the cops left (as
 * percentages). The same JFreeChart look as the Basra GUI ({@link ChartLook}), so presentation mode's large type
 * reaches the charts too, and the run before (or a pinned baseline) stays behind as faint lines. Swing-thread only.
 */
final class EpsteinCharts extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String[][] LINES = {{"Active citizens", "Jailed citizens"}, {"Legitimacy (%)",
        "Cops (% of start)"}};
    /** Line colours: active red and cop navy as on the lattice; jailed and legitimacy darker than their cells. */
    private static final int[][] RGB = {{EpsteinPalette.COLOURS[EpsteinPalette.ACTIVE], 0x5A5A5A}, {0x3F6E9E,
        EpsteinPalette.COLOURS[EpsteinPalette.COP]}};
    private static final String[] TITLES = {"Citizens active and jailed", "Legitimacy and cops"};

    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<ChartPanel> panels = new ArrayList<>();
    private final List<XYSeries[]> series = new ArrayList<>();
    private final RunMemory memory = new RunMemory();
    private final JLabel caption = new JLabel(" ");
    private Style style = Style.NORMAL;

    EpsteinCharts() {
        super(new BorderLayout());
        setBackground(Color.WHITE);
        JPanel grid = new JPanel(new GridLayout(0, 1, 0, 4));
        grid.setBackground(Color.WHITE);
        for (int c = 0; c < TITLES.length; c++) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYSeries[] lines = new XYSeries[LINES[c].length];
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (int i = 0; i < lines.length; i++) {
                lines[i] = new XYSeries(LINES[c][i], false, true);
                data.addSeries(lines[i]);
                renderer.setSeriesPaint(i, new Color(RGB[c][i]));
            }
            JFreeChart chart = ChartFactory.createXYLineChart(TITLES[c], null, null, data, PlotOrientation.VERTICAL,
                    false, true, false);
            chart.setBackgroundPaint(Color.WHITE);
            XYPlot plot = chart.getXYPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            plot.setRenderer(renderer);
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
            chart.addSubtitle(legend);
            ChartPanel panel = new ChartPanel(chart, false, true, false, true, true);
            panel.setMinimumDrawWidth(120);
            panel.setMinimumDrawHeight(80);
            panel.setMaximumDrawWidth(4000);
            panel.setMaximumDrawHeight(3000);
            charts.add(chart);
            panels.add(panel);
            series.add(lines);
            grid.add(panel);
        }
        caption.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        add(caption, BorderLayout.NORTH);
        add(grid, BorderLayout.CENTER);
        setStyle(style);
    }

    /** Starts the charts over for a run labelled {@code label}; the last run turns faint. */
    void reset(String label) {
        memory.start(label, new int[] {2, 2});
        for (int c = 0; c < charts.size(); c++) {
            for (XYSeries s : series.get(c)) {
                s.clear();
            }
            charts.get(c).getXYPlot().getDomainAxis().setRange(0, 100);
        }
        showGhosts();
    }

    /** Adds one step's figures: active and jailed citizens, legitimacy and cops in percent. */
    void add(long step, double[][] values) {
        for (int c = 0; c < series.size(); c++) {
            for (int i = 0; i < series.get(c).length; i++) {
                series.get(c)[i].add(step, values[c][i]);
                memory.add(c, i, step, values[c][i]);
            }
        }
        fitAxes();
    }

    void pin(boolean on) {
        if (on) {
            memory.pin();
        } else {
            memory.unpin();
        }
        showGhosts();
    }

    private void showGhosts() {
        List<XYPlot> plots = charts.stream().map(JFreeChart::getXYPlot).toList();
        Ghosts.show(plots, memory.ghost(), style.chartLineWidth());
        RunMemory.Run ghost = memory.ghost();
        caption.setText(ghost == null ? "Faint lines: the run before, once there is one"
                : (memory.isPinned() ? "Faint lines: baseline, " : "Faint lines: last run, ") + ghost.label());
        fitAxes();
    }

    /** Steps from 0 to a round number past the latest (and past the ghost's end), so the lines fill the chart. */
    private void fitAxes() {
        double last = series.get(0)[0].getItemCount() == 0 ? 0 : series.get(0)[0].getMaxX();
        RunMemory.Run ghost = memory.ghost();
        if (ghost != null && !ghost.points(0, 0).isEmpty()) {
            last = Math.max(last, ghost.points(0, 0).get(ghost.points(0, 0).size() - 1)[0]);
        }
        double[] steps = AxisRange.of(last, 100);
        for (JFreeChart chart : charts) {
            if (chart.getXYPlot().getDomainAxis().getUpperBound() != steps[1]) {
                chart.getXYPlot().getDomainAxis().setRange(steps[0], steps[1]);
            }
        }
        ChartLook.fitValues(charts.get(0).getXYPlot(), 10);
        charts.get(1).getXYPlot().getRangeAxis().setRange(0, 110);
    }

    void setStyle(Style next) {
        style = next;
        for (JFreeChart chart : charts) {
            ChartLook.apply(chart, style, 2);
        }
        caption.setFont(caption.getFont().deriveFont(style.presentation() ? 20f : 13f));
    }

    List<ChartPanel> panels() {
        return panels;
    }
}
