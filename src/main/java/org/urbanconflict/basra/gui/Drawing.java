package org.urbanconflict.basra.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** Small drawing helpers the map layers share: colours from {@link Palette} ints, haloed text, smooth rendering. */
final class Drawing {
    private Drawing() {
    }

    static Color colour(int rgb) {
        return new Color(rgb);
    }

    static Color colour(int rgb, double alpha) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int) Math.round(255 * alpha));
    }

    /** Turns on antialiasing for shapes and text; MASON's display leaves it off for speed. Returns the old hints. */
    static RenderingHints smooth(Graphics2D g) {
        RenderingHints old = (RenderingHints) g.getRenderingHints().clone();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return old;
    }

    /**
     * Draws text centred on (x, y) with a dark halo, so it reads on any cell colour. The halo is the glyphs' outline
     * stroked wide, which looks cleaner than text drawn several times offset.
     */
    static Rectangle2D haloText(Graphics2D g, String text, double x, double y, Font font, int fill, int halo,
            float haloWidth, double rotation) {
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D bounds = glyphs.getVisualBounds();
        AffineTransform place = AffineTransform.getTranslateInstance(x, y);
        place.rotate(rotation);
        place.translate(-bounds.getCenterX(), -bounds.getCenterY());
        Shape outline = place.createTransformedShape(glyphs.getOutline());
        g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(colour(halo, 0.85));
        g.draw(outline);
        g.setColor(colour(fill));
        g.fill(outline);
        return outline.getBounds2D();
    }

    /** Where {@code text} drawn at baseline (x, y) in {@code font} puts ink: its glyphs' visual bounds. */
    static Rectangle2D inkBounds(Graphics2D g, String text, Font font, double x, double y) {
        Rectangle2D b = font.createGlyphVector(g.getFontRenderContext(), text).getVisualBounds();
        return new Rectangle2D.Double(x + b.getX(), y + b.getY(), b.getWidth(), b.getHeight());
    }

    /** A font of the given pixel size (Java2D fonts are sized in points, which are pixels on screen). */
    static Font font(int style, double pixels) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) Math.max(1.0, pixels));
    }
}
