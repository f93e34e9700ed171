package org.urbanconflict.basra.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.TextMark;

/**
 * The pen {@link LegendLayer} writes its panel with: a cursor that moves down the panel one row at a time, and the
 * legend's pieces (lines of text, headings, colour swatches, unit symbols, strike markers, the phase badge), each in
 * a left or right column or alone on its row. It records where every word's ink went ({@link TextMark}s) for the
 * picture's legibility check. One pen serves one paint; MASON paints a display one call at a time.
 */
final class LegendPen {
    /** Legend entries sit in a left or right column, or alone on their row. */
    static final int LEFT = 0;
    static final int RIGHT = 1;
    static final int ALONE = 2;
    /** Where the right column starts, as a share of the panel's width, unless a row says otherwise. */
    static final double SPLIT = 0.56;

    private final Graphics2D g;
    private final Style style;
    private final List<TextMark> marks = new ArrayList<>();
    private final int[] panel;
    private final double left;
    private final double width;
    /** Size of a legend entry's text in pixels (the row height times {@code textShare} outside presentation). */
    private final double entryPixels;
    private double row;
    private double y;
    private double split = SPLIT;
    private String lastWords = "";
    private int lastInk;

    /**
     * @param box   the panel, in display pixels: x, y, width, height
     * @param pad   margin on the left and right, in pixels
     * @param row   height of one row, in pixels
     * @param entry font size of legend entries, in pixels
     */
    LegendPen(Graphics2D g, Style style, double[] box, double pad, double row, double entry) {
        this.g = g;
        this.style = style;
        this.panel = new int[] {(int) box[0], (int) box[1], (int) box[2], (int) box[3]};
        this.left = box[0] + pad;
        this.width = box[2] - 2 * pad;
        this.row = row;
        this.entryPixels = entry;
        this.y = box[1];
    }

    List<TextMark> marks() {
        return marks;
    }

    double row() {
        return row;
    }

    double width() {
        return width;
    }

    Graphics2D graphics() {
        return g;
    }

    /** Moves the cursor down by {@code rows} rows. */
    void skip(double rows) {
        y += row * rows;
    }

    /** Where the right column starts on the rows that follow, as a share of the width (two long words need more). */
    void split(double share) {
        split = share;
    }

    /** Writes a line of text and moves down; returns where its ink is. */
    Rectangle2D text(String words, int fontStyle, double pixels, int rgb) {
        Font font = fitted(words, fontStyle, pixels, width);
        g.setFont(font);
        g.setColor(Drawing.colour(rgb));
        float baseline = (float) (y + Math.max(row * 0.75, font.getSize2D() * 0.95));
        g.drawString(words, (float) left, baseline);
        y += Math.max(row, pixels * (style.presentation() ? 1.1 : 1.45));
        lastWords = words;
        lastInk = rgb;
        return Drawing.inkBounds(g, words, font, left, baseline);
    }

    /** Records the last line of text as a mark of the given kind. */
    void mark(String kind, Rectangle2D ink) {
        mark(kind, lastWords, ink, lastInk);
    }

    void mark(String kind, String words, Rectangle2D ink, int rgb) {
        marks.add(new TextMark(kind, words, (int) Math.floor(ink.getX()), (int) Math.floor(ink.getY()),
                (int) Math.ceil(ink.getWidth()) + 1, (int) Math.ceil(ink.getHeight()) + 1, rgb, panel, false));
    }

    void heading(String words, double pixels) {
        y += row * 0.45;
        mark("legend", text(words, Font.BOLD, pixels, Palette.INK));
        g.setColor(Drawing.colour(0xCCCCCC));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(left, y - row * 0.12, left + width, y - row * 0.12));
    }

    /**
     * The run's phase as a white word on a coloured pill {@code height} rows tall, {@code inset} rows below the
     * cursor, with {@code side} rows of colour either side of the word; the cursor stays where it was.
     */
    void badge(String badge, int rgb, double pixels, double inset, double height, double side) {
        Font font = Drawing.font(Font.BOLD, pixels);
        double textWidth = font.getStringBounds(badge, g.getFontRenderContext()).getWidth();
        g.setColor(Drawing.colour(rgb));
        g.fill(new RoundRectangle2D.Double(left, y + row * inset, textWidth + 2 * row * side, row * height,
                row * 0.5, row * 0.5));
        g.setColor(Drawing.colour(0xFFFFFF));
        g.setFont(font);
        double x = left + row * side;
        float baseline = (float) (y + row * inset + row * height / 2 + pixels * 0.36);
        g.drawString(badge, (float) x, baseline);
        mark("clock", badge, Drawing.inkBounds(g, badge, font, x, baseline), 0xFFFFFF);
    }

    void swatch(int rgb, String words, int column) {
        double x = columnX(column);
        double size = row * 0.72;
        Rectangle2D box = new Rectangle2D.Double(x, y + (row - size) / 2, size, size);
        g.setColor(Drawing.colour(rgb));
        g.fill(box);
        g.setColor(Drawing.colour(0x555555));
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        label(words, x + size * 1.4, column);
    }

    void symbol(Shape unit, int rgb, String words, int column, boolean hollow) {
        double x = columnX(column);
        double scale = row * 0.5;
        Shape shape = AffineTransform.getTranslateInstance(x + row * 0.4, y + row * 0.5)
                .createTransformedShape(AffineTransform.getScaleInstance(scale, scale).createTransformedShape(unit));
        g.setColor(Drawing.colour(rgb));
        g.setStroke(new BasicStroke((float) Math.max(1.5, row * 0.1 * style.outlineWidth())));
        if (hollow) {
            g.draw(shape);
        } else {
            g.fill(shape);
        }
        label(words, x + row * 1.05, column);
    }

    void strike(boolean air, String words, int column) {
        double x = columnX(column);
        StrikeLayer.marker(g, air, x + row * 0.4, y + row * 0.5, row * 0.85, 1.0, style.outlineWidth());
        label(words, x + row * 1.05, column);
    }

    private double columnX(int column) {
        return column == RIGHT ? left + width * split : left;
    }

    /** Writes a legend entry's words; the entry's row is done after its second column. */
    private void label(String words, double x, int column) {
        double room = (column == LEFT ? left + width * split : left + width) - x - row * 0.2;
        Font font = fitted(words, Font.PLAIN, entryPixels, room);
        g.setFont(font);
        g.setColor(Drawing.colour(Palette.INK));
        float baseline = (float) (y + row / 2 + font.getSize2D() * 0.36);
        g.drawString(words, (float) x, baseline);
        mark("legend", words, Drawing.inkBounds(g, words, font, x, baseline), Palette.INK);
        if (column != LEFT) {
            y += row;
        }
    }

    /** The font at the wanted size, or smaller if the words would not fit in {@code room} pixels. */
    Font fitted(String words, int fontStyle, double pixels, double room) {
        Font font = Drawing.font(fontStyle, pixels);
        double wide = font.getStringBounds(words, g.getFontRenderContext()).getWidth();
        return wide <= room ? font : Drawing.font(fontStyle, Math.max(pixels * 0.6, pixels * room / wide));
    }
}
