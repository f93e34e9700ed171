package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.ChartLook;
import org.urbanconflict.gui.AxisRange;
import org.urbanconflict.gui.Ghosts;
import org.urbanconflict.gui.RunMemory;
import org.urbanconflict.gui.Style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.swing.JPanel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * The charts beside the map, one point per simulated hour, with the run's dates along the bottom (every day
 * or every few days, so there are always at least three) and the whole run's span fixed from the start, so the lines
 * grow from left to right like a clock. The run before (or a pinned baseline) stays behind as faint lines. A dashed
 * line marks the mediation threshold on the pressure chart while mediation is on, and a vertical line marks the
 * ceasefire on all four. Swing-thread only.
 */
final class LiveCharts extends JPanel {
    private static final long serialVersionUID = 1L;

    /** One hour's values: {@code values[chart][line]}, at {@code millis} on the date axis. */
    record Point(long millis, double[][] values) {
    }

    private final List<ChartSpec> specs = ChartSpec.classroom();
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<XYSeries[]> series = new ArrayList<>();
    private final List<ChartPanel> panels = new ArrayList<>();
    private final RunMemory memory = new RunMemory();
    private ValueMarker threshold;
    private XYPlot thresholdPlot;
    private boolean thresholdShown;
    private long ceasefireShown = -1;
    private Style style = Style.NORMAL;

    LiveCharts() {
        super(new GridBagLayout());
        setBackground(Color.WHITE);
        for (ChartSpec spec : specs) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYSeries[] lines = new XYSeries[spec.lines().size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = new XYSeries(spec.lines().get(i).label(), false, true);
                data.addSeries(lines[i]);
            }
            JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), null, null, data,
                    PlotOrientation.VERTICAL, false, true, false);
            dress(chart, spec);
            charts.add(chart);
            series.add(lines);
            ChartPanel panel = new ChartPanel(chart, false, true, false, true, true);
            panel.setMinimumDrawWidth(120);
            panel.setMinimumDrawHeight(80);
            panel.setMaximumDrawWidth(4000);
            panel.setMaximumDrawHeight(3000);
            panel.setPreferredSize(new Dimension(120, 10));
            panels.add(panel);
        }
        applyStyle();
    }

    private void dress(JFreeChart chart, ChartSpec spec) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        DateAxis dates = new DateAxis();
        dates.setTimeZone(TimeZone.getTimeZone("UTC"));
        plot.setDomainAxis(dates);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < spec.lines().size(); i++) {
            renderer.setSeriesPaint(i, Drawing.colour(spec.lines().get(i).rgb()));
        }
        plot.setRenderer(renderer);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(legend);
        if (spec.threshold()) {
            threshold = new ValueMarker(0, new Color(Palette.THRESHOLD_LINE), dashed(2f));
            threshold.setLabel(ChartSpec.THRESHOLD_LABEL);
            threshold.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            threshold.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            threshold.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
            threshold.setLabelPaint(new Color(Palette.THRESHOLD_LINE));
            thresholdPlot = plot;
        }
    }

    /**
     * Starts the charts over for a new run spanning {@code from} to {@code to}, labelled {@code label}: the run so far
     * becomes the faint ghost (unless a baseline is pinned), the threshold line shows only while mediation is on, and
     * the scenario's validation targets are shaded.
     */
    void reset(long from, long to, String label, double ceasefireThreshold, boolean mediation,
            List<ValidationTarget> targets) {
        int[] lines = new int[specs.size()];
        for (int c = 0; c < lines.length; c++) {
            lines[c] = specs.get(c).lines().size();
        }
        memory.start(label, lines);
        List<XYPlot> plots = new ArrayList<>();
        long span = Math.max(from + 3_600_000L, to);
        int days = AxisRange.dateTickDays((span - from) / 86_400_000.0);
        for (int c = 0; c < charts.size(); c++) {
            for (XYSeries s : series.get(c)) {
                s.clear();
            }
            XYPlot plot = charts.get(c).getXYPlot();
            plot.clearDomainMarkers();
            DateAxis dates = (DateAxis) plot.getDomainAxis();
            dates.setRange(from, span);
            dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, days));
            shadeRecord(plot, specs.get(c), targets);
            plots.add(plot);
        }
        Ghosts.show(plots, memory.ghost(), style.chartLineWidth());
        ceasefireShown = -1;
        if (threshold != null) {
            threshold.setValue(ceasefireThreshold);
            thresholdShown = specs.get(plots.indexOf(thresholdPlot)).showsThreshold(mediation);
            thresholdPlot.removeRangeMarker(threshold);
            if (thresholdShown) {
                thresholdPlot.addRangeMarker(threshold);
            }
        }
        fitAxes();
    }

    /** The run the faint lines show ("last run" or "baseline"), and its label; null when there is none. */
    String ghostCaption() {
        RunMemory.Run ghost = memory.ghost();
        if (ghost == null) {
            return null;
        }
        return (memory.isPinned() ? "Faint lines: baseline, " : "Faint lines: last run, ") + ghost.label();
    }

    /** Pins the run under way as the baseline the faint lines show, or unpins it. */
    void pin(boolean on) {
        if (on) {
            memory.pin();
        } else {
            memory.unpin();
        }
        List<XYPlot> plots = new ArrayList<>();
        for (JFreeChart chart : charts) {
            plots.add(chart.getXYPlot());
        }
        Ghosts.show(plots, memory.ghost(), style.chartLineWidth());
        fitAxes();
    }

    /** Value axes from zero, above every line (and the threshold line, which is drawn from the first hour). */
    private void fitAxes() {
        for (int c = 0; c < charts.size(); c++) {
            XYPlot plot = charts.get(c).getXYPlot();
            if (specs.get(c).percent()) {
                plot.getRangeAxis().setRange(0, 100);
            } else {
                double least = plot == thresholdPlot && thresholdShown ? threshold.getValue() * 1.3 : 10;
                ChartLook.fitValues(plot, least);
            }
        }
    }

    private void shadeRecord(XYPlot plot, ChartSpec spec, List<ValidationTarget> targets) {
        Collection<?> old = plot.getRangeMarkers(Layer.BACKGROUND);
        for (Object marker : old == null ? List.of() : new ArrayList<>(old)) {
            plot.removeRangeMarker((IntervalMarker) marker, Layer.BACKGROUND);
        }
        double[] range = spec.band() == null ? null : spec.band().range(targets);
        if (range != null) {
            IntervalMarker band = new IntervalMarker(range[0], range[1], Drawing.colour(Palette.THRESHOLD_LINE, 0.14));
            band.setLabel(spec.band().label());
            band.setLabelFont(new Font(Font.SANS_SERIF, Font.ITALIC, 1).deriveFont(style.chartSmallFontSize() * 0.8f));
            band.setLabelPaint(new Color(Palette.THRESHOLD_LINE));
            band.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            band.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            band.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
    }

    /** Adds the new hours; marks the ceasefire once, at {@code ceasefireMillis} (negative: none yet). */
    void append(List<Point> points, long ceasefireMillis) {
        for (Point p : points) {
            for (int c = 0; c < series.size(); c++) {
                XYSeries[] lines = series.get(c);
                for (int i = 0; i < lines.length; i++) {
                    lines[i].add(p.millis(), p.values()[c][i], false);
                    memory.add(c, i, p.millis(), p.values()[c][i]);
                }
            }
        }
        for (XYSeries[] lines : series) {
            for (XYSeries s : lines) {
                s.fireSeriesChanged();
            }
        }
        fitAxes();
        if (ceasefireMillis >= 0 && ceasefireShown < 0) {
            ceasefireShown = ceasefireMillis;
            for (JFreeChart chart : charts) {
                ValueMarker marker = new ValueMarker(ceasefireMillis, new Color(Palette.phase("ceasefire")),
                        new BasicStroke(2f));
                // Named once, on the top chart: on the others the same green line would sit on the band's and
                // the threshold's labels.
                marker.setLabel(chart == charts.get(0) ? "ceasefire" : null);
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(style.chartSmallFontSize()
                        * 0.8f));
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                marker.setLabelPaint(new Color(Palette.phase("ceasefire")));
                chart.getXYPlot().addDomainMarker(marker);
            }
        }
    }

    List<ChartPanel> panels() {
        return panels;
    }

    void setStyle(Style next) {
        style = next;
        applyStyle();
    }

    private void applyStyle() {
        // "26 Mar" in presentation type is 85 pixels wide: four of them (a tick every other day of the week) do not
        // fit a 1366-pixel screen's chart column, so presentation mode writes dates as "26/3".
        SimpleDateFormat format = new SimpleDateFormat(style.presentation() ? "d/M" : "d MMM", Locale.UK);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (int c = 0; c < charts.size(); c++) {
            JFreeChart chart = charts.get(c);
            ((DateAxis) chart.getXYPlot().getDomainAxis()).setDateFormatOverride(format);
            chart.setTitle(specs.get(c).title(style.presentation()));
            ChartLook.apply(chart, style, specs.get(c).lines().size());
        }
        layOutCharts();
        if (threshold != null) {
            threshold.setStroke(dashed(style.chartLineWidth()));
            threshold.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(style.chartSmallFontSize()
                    * 0.8f));
        }
    }

    /**
     * Stacks the charts, each taking a share of the column's height by its weight. Presentation type is large enough
     * that a legend of four series wraps to two lines, and with equal shares at 768 pixels of screen height that left
     * the casualties chart a plot a few pixels high; so in presentation a chart's weight grows with its legend's
     * lines (a single series needs no legend: the title names it), and every plot gets about the same height.
     */
    private void layOutCharts() {
        removeAll();
        for (int c = 0; c < charts.size(); c++) {
            int lines = specs.get(c).lines().size();
            int legendRows = !style.presentation() ? 1 : lines > 3 ? 2 : lines > 1 ? 1 : 0;
            for (int i = 0; i < charts.get(c).getSubtitleCount(); i++) {
                if (charts.get(c).getSubtitle(i) instanceof LegendTitle legend) {
                    legend.setVisible(legendRows > 0);
                }
            }
            GridBagConstraints at = new GridBagConstraints();
            at.gridx = 0;
            at.gridy = c;
            at.fill = GridBagConstraints.BOTH;
            at.weightx = 1;
            at.weighty = 3 + legendRows;
            at.insets = new Insets(c == 0 ? 0 : 4, 0, 0, 0);
            add(panels.get(c), at);
        }
        revalidate();
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f * width, 4f * width}, 0f);
    }
}
