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
    private float scale = 1f;

    EpsteinLegend() {
        setBackground(new Color(EpsteinPalette.PANEL));
        setStyle(Style.NORMAL);
    }

    void setStyle(Style style) {
        scale = (float) style.mapTextScale();
        setPreferredSize(new Dimension(400, Math.round(84 * scale)));
        revalidate();
        repaint();
    }

    void show(Figures next) {
        figures = next;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Figures f = figures;
        Font font = getFont().deriveFont(Font.PLAIN, 13f * scale);
        g.setFont(font);
        int row = Math.round(24 * scale);
        int swatch = Math.round(14 * scale);
        int column = Math.max(1, getWidth() / 2);
        for (int i = 0; i < SHOWN.length; i++) {
            int code = SHOWN[i];
            int x = 10 + (i % 2) * column;
            int y = (1 + i / 2) * row;
            g.setColor(new Color(EpsteinPalette.COLOURS[code]));
            g.fillRect(x, y - swatch, swatch, swatch);
            g.setColor(new Color(EpsteinPalette.INK));
            g.drawRect(x, y - swatch, swatch, swatch);
            g.drawString(EpsteinPalette.LABELS.get(code) + ":  " + f.count(code), x + swatch + 8, y - 1);
        }
        g.setFont(font.deriveFont(Font.BOLD));
        String status = Double.isNaN(f.legitimacy()) ? "Not started: press play"
                : String.format(Locale.ROOT, "Step %d     Legitimacy %.2f     Outbursts %d", f.step(),
                        f.legitimacy(), f.outbursts());
        g.drawString(status, 10, 3 * row + 2);
        g.dispose();
    }
}
