package org.urbanconflict.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The look shared by every chart: sizes and fonts legible on a projector, a white background and the Okabe–Ito
 * colour-blind-safe palette. Also the one place that writes PNG files, so all charts are encoded the same way (ImageIO,
 * no time stamp chunk: equal input gives byte-identical files).
 */
public final class ChartStyle {
    /** Default image size in pixels. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;

    private static final String FAMILY = "SansSerif";
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 22);
    public static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 16);
    public static final Font LABEL = new Font(FAMILY, Font.PLAIN, 16);
    public static final Font LABEL_BOLD = new Font(FAMILY, Font.BOLD, 16);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 14);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 15);

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x1A1A1A);
    public static final Color MUTED_TEXT = new Color(0x555555);
    public static final Color GRID = new Color(0xD9D9D9);
    public static final Color NEUTRAL = new Color(0x7F7F7F);

    // Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLACK = Color.BLACK;

    /** Series colours in order of use; yellow comes last because it is faint on white. */
    private static final Color[] SERIES = {BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK,
        YELLOW};

    public static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN = new BasicStroke(1.5f);
    public static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 6f}, 0f);

    private ChartStyle() {
    }

    /** The i-th series colour, cycling after eight. */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The colour with the given opacity in [0, 1]. */
    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** Fonts, background, padding and legend placement for a JFreeChart; call after the plot is built. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setPadding(new RectangleInsets(12, 12, 12, 20));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(TEXT);
            title.setMargin(new RectangleInsets(4, 0, 8, 0));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
            legend.setMargin(new RectangleInsets(10, 0, 0, 0));
        }
        stylePlot(chart.getPlot());
        return chart;
    }

    static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No data to show");
        plot.setNoDataMessageFont(LABEL);
        plot.setNoDataMessagePaint(MUTED_TEXT);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setDomainGridlinesVisible(false);
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(cat.getDomainAxis());
            styleAxis(cat.getRangeAxis());
            // Category labels name the rows: they are content, so they get the label size, not the tick size.
            cat.getDomainAxis().setTickLabelFont(LABEL);
        }
    }

    static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(NEUTRAL);
        axis.setTickMarkPaint(NEUTRAL);
        axis.setLabelInsets(new RectangleInsets(8, 8, 8, 8));
    }

    /** A subtitle line in the subtitle font, under the title. */
    static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        t.setPaint(MUTED_TEXT);
        t.setMargin(new RectangleInsets(0, 0, 6, 0));
        return t;
    }

    /** Renders the chart at the given size and writes it as PNG, creating parent folders. */
    public static void write(JFreeChart chart, Path png, int width, int height) throws IOException {
        write(chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null), png);
    }

    /** Writes the image as PNG, creating parent folders. */
    public static void write(BufferedImage image, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(png)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    /** An opaque RGB image to draw a chart on with {@link #graphics}. */
    static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Graphics for the image, cleared to white, with anti-aliasing on; the caller disposes it. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setPaint(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }
}
