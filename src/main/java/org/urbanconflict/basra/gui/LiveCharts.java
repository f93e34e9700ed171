package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.Style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
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
import org.jfree.chart.axis.NumberAxis;
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
 * The four charts beside the map, one point per simulated hour, with the week's dates along the bottom and the whole
 * run's span fixed from the start, so the lines grow from left to right like a clock. A dashed line marks the
 * ceasefire threshold on the pressure chart and a vertical line marks the ceasefire on all four. Swing-thread only.
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
    private ValueMarker threshold;
    /** The chart with the threshold line, and its lines, so its axis can keep the line in view. */
    private XYPlot thresholdPlot;
    private XYSeries[] thresholdLines;
    private long ceasefireShown = -1;
    private Style style = Style.NORMAL;

    LiveCharts() {
        super(new GridLayout(0, 1, 0, 4));
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
            panels.add(panel);
            add(panel);
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
        SimpleDateFormat format = new SimpleDateFormat("d MMM", Locale.UK);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        dates.setDateFormatOverride(format);
        dates.setTimeZone(TimeZone.getTimeZone("UTC"));
        plot.setDomainAxis(dates);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < spec.lines().size(); i++) {
            renderer.setSeriesPaint(i, Drawing.colour(spec.lines().get(i).rgb()));
        }
        plot.setRenderer(renderer);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemPaint(new Color(Palette.INK));
        chart.addSubtitle(legend);
        if (spec.percent()) {
            plot.getRangeAxis().setRange(0, 100);
        }
        if (spec.threshold()) {
            threshold = new ValueMarker(0, new Color(Palette.THRESHOLD_LINE), dashed(2f));
            threshold.setLabel("ceasefire threshold");
            threshold.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            threshold.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            threshold.setLabelPaint(new Color(Palette.THRESHOLD_LINE));
            plot.addRangeMarker(threshold);
            thresholdPlot = plot;
        }
    }

    /**
     * Empties the charts for a new run spanning {@code from} to {@code to}, with the ceasefire threshold and the
     * scenario's validation targets (for the shaded ranges from the historical record).
     */
    void reset(long from, long to, double ceasefireThreshold, List<ValidationTarget> targets) {
        for (int c = 0; c < charts.size(); c++) {
            for (XYSeries s : series.get(c)) {
                s.clear();
            }
            XYPlot plot = charts.get(c).getXYPlot();
            plot.clearDomainMarkers();
            plot.getDomainAxis().setRange(from, Math.max(from + 3_600_000L, to));
            shadeRecord(plot, specs.get(c), targets);
        }
        ceasefireShown = -1;
        if (threshold != null) {
            threshold.setValue(ceasefireThreshold);
            keepThresholdInView();
        }
    }

    /**
     * Scales the pressure axis from 0 to a little above the larger of the threshold and the highest pressure so far,
     * so the dashed threshold line is on the chart from the first hour, not only once pressure nears it.
     */
    private void keepThresholdInView() {
        if (thresholdLines == null) {
            for (int c = 0; c < charts.size(); c++) {
                if (charts.get(c).getXYPlot() == thresholdPlot) {
                    thresholdLines = series.get(c);
                }
            }
        }
        double top = threshold.getValue();
        for (XYSeries s : thresholdLines == null ? new XYSeries[0] : thresholdLines) {
            if (s.getItemCount() > 0) {
                top = Math.max(top, s.getMaxY());
            }
        }
        thresholdPlot.getRangeAxis().setRange(0, top > 0 ? top * 1.25 : 1);
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
            band.setLabelFont(new Font(Font.SANS_SERIF, Font.ITALIC, Math.round(style.chartFontSize() * 0.8f)));
            band.setLabelPaint(new Color(Palette.THRESHOLD_LINE));
            band.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            band.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
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
                }
            }
        }
        for (XYSeries[] lines : series) {
            for (XYSeries s : lines) {
                s.fireSeriesChanged();
            }
        }
        if (threshold != null) {
            keepThresholdInView();
        }
        if (ceasefireMillis >= 0 && ceasefireShown < 0) {
            ceasefireShown = ceasefireMillis;
            for (JFreeChart chart : charts) {
                ValueMarker marker = new ValueMarker(ceasefireMillis, new Color(Palette.phase("ceasefire")),
                        new BasicStroke(2f));
                marker.setLabel("ceasefire");
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                marker.setLabelPaint(new Color(Palette.phase("ceasefire")));
                chart.getXYPlot().addDomainMarker(marker);
            }
        }
    }

    void setStyle(Style next) {
        style = next;
        applyStyle();
    }

    private void applyStyle() {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(style.chartFontSize()));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(style.chartFontSize() * 0.85f));
        for (int c = 0; c < charts.size(); c++) {
            JFreeChart chart = charts.get(c);
            chart.getTitle().setFont(title);
            XYPlot plot = chart.getXYPlot();
            plot.getDomainAxis().setTickLabelFont(small);
            plot.getRangeAxis().setTickLabelFont(small);
            plot.getRangeAxis().setLabelFont(small);
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
            for (int i = 0; i < specs.get(c).lines().size(); i++) {
                renderer.setSeriesStroke(i, new BasicStroke(style.chartLineWidth(), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
            }
            ((LegendTitle) chart.getSubtitle(0)).setItemFont(small);
        }
        if (threshold != null) {
            threshold.setStroke(dashed(style.chartLineWidth()));
            threshold.setLabelFont(small);
        }
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f * width, 4f * width}, 0f);
    }
}
