package org.urbanconflict.epstein.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JPanel;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.TextMark;

/**
 * The strip under the lattice: a swatch for each kind of cell with how many there are, and the step, legitimacy and
 * outbursts so far, so a class can read the state without opening an inspector. Painted from a {@link Figures}
 * snapshot the model thread hands over after each step, so painting never reads the model while it runs.
 */
final class EpsteinLegend extends JPanel {
    private static final int[] SHOWN = {EpsteinPalette.QUIET, EpsteinPalette.ACTIVE, EpsteinPalette.COP,
        EpsteinPalette.JAILED};

    /** One step's counts, copied on the model thread. */
    record Figures(long step, int quiet, int active, int jailed, int cops, double legitimacy, int outbursts) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, Double.NaN, 0);

        int count(int code) {
            return switch (code) {
                case EpsteinPalette.QUIET -> quiet;
                case EpsteinPalette.ACTIVE -> active;
                case EpsteinPalette.COP -> cops;
                default -> jailed;
            };
        }
    }

    private volatile Figures figures = Figures.NONE;
    private volatile String runLabel = "";
    private float text = 13f;
    /** The text drawn by the last paint, in this panel's pixels, for the picture's legibility check. */
    private final java.util.List<TextMark> marks = new java.util.ArrayList<>();

    EpsteinLegend() {
        setBackground(new Color(EpsteinPalette.PANEL));
        setStyle(Style.NORMAL);
    }

    void setStyle(Style style) {
        text = (float) Math.max(style.minTextPixels(), 13f);
        setPreferredSize(new Dimension(400, Math.round(text * 5.6f)));
        revalidate();
        repaint();
    }

    /** The scenario, "modified" and seed line ({@link org.urbanconflict.gui.RunLabel}), shown first. */
    void setRunLabel(String label) {
        runLabel = label;
        repaint();
    }

    /** The text of the last paint, in screen pixels. */
    synchronized java.util.List<TextMark> marks() {
        java.awt.Point at = getLocationOnScreen();
        return marks.stream().map(m -> m.moved(at.x, at.y)).toList();
    }

    void show(Figures next) {
        figures = next;
        repaint();
    }

    @Override
    protected synchronized void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Figures f = figures;
        marks.clear();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(text);
        int row = Math.round(text * 1.3f);
        int swatch = Math.round(text * 0.8f);
        int column = Math.max(1, getWidth() / 2);
        g.setColor(new Color(0x5A5A5A));
        g.setFont(font.deriveFont(Font.BOLD, Math.max(12f, text * 0.7f)));
        g.drawString(runLabel, 10, Math.round(text * 0.9f));
        int top = Math.round(text * 1.1f);
        g.setFont(font);
        for (int i = 0; i < SHOWN.length; i++) {
            int code = SHOWN[i];
            int x = 10 + (i % 2) * column;
            int y = top + (1 + i / 2) * row;
            g.setColor(new Color(EpsteinPalette.COLOURS[code]));
            g.fillRect(x, y - swatch, swatch, swatch);
            g.setColor(new Color(EpsteinPalette.INK));
            g.drawRect(x, y - swatch, swatch, swatch);
            String words = EpsteinPalette.LABELS.get(code) + ": " + f.count(code);
            g.drawString(words, x + swatch + 8, y - 1);
            mark(g, words, x + swatch + 8, y - 1);
        }
        g.setFont(font.deriveFont(Font.BOLD));
        String status = Double.isNaN(f.legitimacy()) ? "Not started: press Run"
                : String.format(Locale.ROOT, "Step %d   L %.2f   Outbursts %d", f.step(), f.legitimacy(),
                        f.outbursts());
        g.drawString(status, 10, top + 3 * row);
        mark(g, status, 10, top + 3 * row);
        g.dispose();
    }

    private void mark(Graphics2D g, String words, int x, int baseline) {
        java.awt.geom.Rectangle2D b = g.getFont().createGlyphVector(g.getFontRenderContext(), words).getVisualBounds();
        marks.add(new TextMark("legend", words, x + (int) Math.floor(b.getX()), baseline + (int) Math.floor(b.getY()),
                (int) Math.ceil(b.getWidth()) + 1, (int) Math.ceil(b.getHeight()) + 1, EpsteinPalette.INK,
                new int[] {0, 0, getWidth(), getHeight()}, false));
    }
}
