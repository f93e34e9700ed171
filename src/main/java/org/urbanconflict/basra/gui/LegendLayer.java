package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.Style;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.urbanconflict.basra.BattleClock;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.Control;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.gui.TextMark;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The panel beside the map: the clock (simulated time, battle day and phase) and the legend. It is drawn inside the
 * MASON display rather than as a Swing panel so that MASON's snapshots and movies carry it: a picture of the map
 * without its key is no use in a handout. The layout is in rows that share the panel's height, so it fits at any
 * zoom; text size follows the row height.
 */
final class LegendLayer extends FieldPortrayal2D {
    /**
     * Rows the full legend needs, and the rows left when the Ground section (river, bridge and highway are named on
     * the map anyway) and the stronghold note are dropped to make room for larger text.
     */
    private static final double ROWS = 27.2;
    private static final double COMPACT_ROWS = 22.5;
    /** How much larger presentation mode wants the legend's text. */
    private static final double PRESENTATION_TEXT = 1.25;
    /** Smallest text, in pixels, that a student at the back can still read off a laptop screen. */
    private static final double MIN_FONT_PIXELS = 10.5;
    private static final double TEXT_SHARE = 0.58;
    private static final double SPLIT = 0.56;
    /** Legend entries sit in a left or right half-column, or alone on their row. */
    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int ALONE = 2;

    private final MapState state;
    private Style style = Style.NORMAL;
    /** The text drawn by the last paint, in display pixels, for the picture's legibility check. */
    private final List<TextMark> marks = new ArrayList<>();
    private int[] panel;
    private String runLabel = "";
    /** The pen and cursor of one draw call; MASON draws a display one call at a time, holding the schedule lock. */
    private Graphics2D g;
    private String lastWords = "";
    private int lastInk;
    private double left;
    private double width;
    private double row;
    private double y;

    LegendLayer(MapState state) {
        this.state = state;
    }

    void setStyle(Style style) {
        this.style = style;
    }

    /** The scenario, "modified" and seed line at the top of the panel ({@link org.urbanconflict.gui.RunLabel}). */
    void setRunLabel(String label) {
        runLabel = label;
    }

    /** The text of the last paint, in the display's pixels. */
    synchronized List<TextMark> marks() {
        return List.copyOf(marks);
    }

    @Override
    public synchronized void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        ConflictModel model = state.model();
        if (model == null) {
            return;
        }
        g = graphics;
        marks.clear();
        RenderingHints old = Drawing.smooth(g);
        double pad = info.draw.width * 0.05;
        left = info.draw.x + pad;
        width = info.draw.width - 2 * pad;
        panel = new int[] {(int) info.draw.x, (int) info.draw.y, (int) info.draw.width, (int) info.draw.height};
        if (style.presentation()) {
            drawLarge(model, info);
            g.setRenderingHints(old);
            g = null;
            return;
        }
        double legible = MIN_FONT_PIXELS / TEXT_SHARE;
        double wanted = Math.max(legible, info.draw.height / ROWS * (style.presentation() ? PRESENTATION_TEXT : 1));
        boolean compact = wanted * ROWS > info.draw.height * 1.001;
        row = compact ? Math.min(wanted, info.draw.height / COMPACT_ROWS) : wanted;
        y = info.draw.y + row * 0.2;
        g.setColor(Drawing.colour(Palette.PANEL));
        g.fill(new Rectangle2D.Double(info.draw.x + pad * 0.4, info.draw.y, info.draw.width - pad * 0.4,
                info.draw.height));
        runLine(0.5);
        clock(model);
        heading("Control of built-up blocks");
        swatch(Palette.control(Control.GOVERNMENT), "Government", ALONE);
        swatch(Palette.control(Control.MILITIA), "Mahdi Army", ALONE);
        swatch(Palette.control(Control.CONTESTED), "Contested", ALONE);
        if (!compact) {
            heading("Ground");
            swatch(Palette.MAP_COLOURS[Palette.RIVER], "River", LEFT);
            swatch(Palette.MAP_COLOURS[Palette.BRIDGE], "Bridge", RIGHT);
            swatch(Palette.MAP_COLOURS[Palette.HIGHWAY], "Highway 6", LEFT);
            swatch(Palette.MAP_COLOURS[Palette.OPEN], "Open ground", RIGHT);
        }
        heading("Forces");
        symbol(AgentSymbol.square(0, 0, 1), Palette.POLICE_FILL, "Local police", LEFT, false);
        symbol(AgentSymbol.circle(0, 0, 1.2), Palette.UNIT_FILL, "Army", RIGHT, false);
        symbol(AgentSymbol.circle(0, 0, 1.1), Palette.UNIT_FILL, "New army", LEFT, true);
        symbol(AgentSymbol.triangle(0, 0, 1.3), Palette.UNIT_FILL, "Natl. Police", RIGHT, false);
        symbol(AgentSymbol.star(0, 0, 1.5), Palette.UNIT_FILL, "Special forces", LEFT, false);
        symbol(AgentSymbol.circle(0, 0, 1.2), Palette.REFUSING_FILL, "Refusing", RIGHT, false);
        symbol(AgentSymbol.diamond(0, 0, 1.4), Palette.MILITIA_FILL, "Militia cell", LEFT, false);
        symbol(AgentSymbol.diamond(0, 0, 1.4), Palette.MILITIA_FILL, "Stood down", RIGHT, true);
        heading("Coalition fire, fading over " + StrikeLayer.FADE_HOURS + " h");
        strike(true, "US air", LEFT);
        strike(false, "UK artillery", RIGHT);
        if (!compact) {
            y += row * 0.3;
            mark("legend", text("Italic names: Mahdi Army strongholds", Font.ITALIC, 0.56, Palette.MUTED_INK, left));
        }
        g.setRenderingHints(old);
        g = null;
    }

    /**
     * The legend for a projector: every word at least {@link Style#minTextPixels()} high, so it fits beside the map
     * of a 1366 x 768 screen only without headings, the Ground section and the percentage (the control chart shows
     * it): the run, the clock and phase, control, the forces one to a row (a stood-down cell is drawn
     * hollow, as the full legend says), and coalition fire (US air, UK guns).
     */
    private void drawLarge(ConflictModel model, DrawInfo2D info) {
        double text = style.minTextPixels();
        row = Math.max(text * 1.08, Math.min(text * 1.4, info.draw.height / 16.5));
        g.setColor(Drawing.colour(Palette.PANEL));
        g.fill(new Rectangle2D.Double(info.draw.x + 2, info.draw.y, info.draw.width - 2, info.draw.height));
        y = info.draw.y;
        runLine(0.62 * text / row);
        BattleClock clock = model.clock();
        int hour = (int) model.schedule.getSteps();
        mark("clock", text(ClockText.time(clock, hour), Font.BOLD, 1.5 * text / row, Palette.INK, left));
        String day = ClockText.shortDateTime(clock, hour);
        mark("clock", text(day.substring(0, day.lastIndexOf(' ')) + ", " + ClockText.dayAndHour(clock, hour)
                .replaceAll(",.*", "").replace(" of the battle", ""), Font.PLAIN, text / row, Palette.INK, left));
        badge(model.phase(hour), text);
        swatch(Palette.control(Control.GOVERNMENT), "Government", ALONE);
        swatch(Palette.control(Control.MILITIA), "Mahdi Army", ALONE);
        swatch(Palette.control(Control.CONTESTED), "Contested", ALONE);
        y += row * 0.15;
        symbol(AgentSymbol.square(0, 0, 1), Palette.POLICE_FILL, "Local police", ALONE, false);
        symbol(AgentSymbol.circle(0, 0, 1.2), Palette.UNIT_FILL, "Army", ALONE, false);
        symbol(AgentSymbol.circle(0, 0, 1.1), Palette.UNIT_FILL, "New army", ALONE, true);
        symbol(AgentSymbol.triangle(0, 0, 1.3), Palette.UNIT_FILL, "Natl. Police", ALONE, false);
        symbol(AgentSymbol.star(0, 0, 1.5), Palette.UNIT_FILL, "Special forces", ALONE, false);
        symbol(AgentSymbol.circle(0, 0, 1.2), Palette.REFUSING_FILL, "Refusing", ALONE, false);
        symbol(AgentSymbol.diamond(0, 0, 1.4), Palette.MILITIA_FILL, "Militia cell", ALONE, false);
        strike(true, "Air", LEFT);
        strike(false, "Guns", RIGHT);
    }

    /** The scenario and seed, small and muted: it names the picture rather than explaining the map. */
    private void runLine(double size) {
        if (!runLabel.isEmpty()) {
            Font probe = Drawing.font(Font.BOLD, fontPixels(size));
            double wide = probe.getStringBounds(runLabel, g.getFontRenderContext()).getWidth();
            mark("run", text(runLabel, Font.BOLD, size * Math.min(1, width / wide), Palette.MUTED_INK, left));
        }
    }

    private void badge(String phase, double text) {
        Font badgeFont = Drawing.font(Font.BOLD, text);
        String badge = ClockText.phaseBadge(phase);
        double textWidth = badgeFont.getStringBounds(badge, g.getFontRenderContext()).getWidth();
        Shape pill = new RoundRectangle2D.Double(left, y + row * 0.05, textWidth + row * 0.6, row, row * 0.5,
                row * 0.5);
        g.setColor(Drawing.colour(Palette.phase(phase)));
        g.fill(pill);
        g.setColor(Drawing.colour(0xFFFFFF));
        g.setFont(badgeFont);
        float baseline = (float) (y + row * 0.05 + row / 2 + text * 0.36);
        g.drawString(badge, (float) (left + row * 0.3), baseline);
        mark("clock", badge, Drawing.inkBounds(g, badge, badgeFont, left + row * 0.3, baseline), 0xFFFFFF);
        y += row * 1.15;
    }

    private void mark(String kind, Rectangle2D ink) {
        if (ink != null) {
            mark(kind, lastWords, ink, lastInk);
        }
    }

    private void mark(String kind, String words, Rectangle2D ink, int rgb) {
        marks.add(new TextMark(kind, words, (int) Math.floor(ink.getX()), (int) Math.floor(ink.getY()),
                (int) Math.ceil(ink.getWidth()) + 1, (int) Math.ceil(ink.getHeight()) + 1, rgb, panel, false));
    }

    private void clock(ConflictModel model) {
        BattleClock clock = model.clock();
        int hour = (int) model.schedule.getSteps();
        y += row * 0.9;
        mark("clock", text(ClockText.time(clock, hour), Font.BOLD, 1.55, Palette.INK, left));
        y += row * 0.45;
        mark("clock", text(ClockText.date(clock, hour), Font.BOLD, 0.62, Palette.INK, left));
        mark("clock", text(ClockText.dayAndHour(clock, hour), Font.PLAIN, 0.58, Palette.MUTED_INK, left));
        String phase = model.phase(hour);
        Font badgeFont = Drawing.font(Font.BOLD, fontPixels(TEXT_SHARE));
        String badge = ClockText.phaseBadge(phase);
        double textWidth = badgeFont.getStringBounds(badge, g.getFontRenderContext()).getWidth();
        Shape pill = new RoundRectangle2D.Double(left, y + row * 0.1, textWidth + row, row * 1.05, row * 0.5,
                row * 0.5);
        g.setColor(Drawing.colour(Palette.phase(phase)));
        g.fill(pill);
        g.setColor(Drawing.colour(0xFFFFFF));
        g.setFont(badgeFont);
        g.drawString(badge, (float) (left + row * 0.5), (float) (y + row * 0.84));
        y += row * 1.35;
        long percent = Math.round(100 * model.territoryState().governmentUrbanShare());
        mark("legend", text("Government holds " + percent + "% of the city", Font.PLAIN, 0.58, Palette.INK, left));
    }

    private void heading(String words) {
        y += row * 0.45;
        mark("legend", text(words, Font.BOLD, 0.6, Palette.INK, left));
        g.setColor(Drawing.colour(0xCCCCCC));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(left, y - row * 0.12, left + width, y - row * 0.12));
    }

    private void swatch(int rgb, String words, int column) {
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

    private void symbol(Shape unit, int rgb, String words, int column, boolean hollow) {
        double x = columnX(column);
        double scale = row * 0.5;
        Shape shape = AffineTransform.getTranslateInstance(x + row * 0.4, y + row * 0.5)
                .createTransformedShape(AffineTransform.getScaleInstance(scale, scale)
                        .createTransformedShape(unit));
        g.setColor(Drawing.colour(rgb));
        g.setStroke(new BasicStroke((float) Math.max(1.5, row * 0.1 * style.outlineWidth())));
        if (hollow) {
            g.draw(shape);
        } else {
            g.fill(shape);
        }
        label(words, x + row * 1.05, column);
    }

    private void strike(boolean air, String words, int column) {
        double x = columnX(column);
        StrikeLayer.marker(g, air, x + row * 0.4, y + row * 0.5, row * 0.85, 1.0, style.outlineWidth());
        label(words, x + row * 1.05, column);
    }

    /** The right column starts past the middle: the longer names ("Special forces") are on the left. */
    private double columnX(int column) {
        return column == RIGHT ? left + width * SPLIT : left;
    }

    /** Writes a legend entry's words; the entry's row is done after its second column. */
    private void label(String words, double x, int column) {
        double room = (column == LEFT ? left + width * SPLIT : left + width) - x - row * 0.2;
        double pixels = style.presentation() ? style.minTextPixels() : fontPixels(TEXT_SHARE);
        Font font = fitted(words, Font.PLAIN, pixels, room);
        g.setFont(font);
        g.setColor(Drawing.colour(Palette.INK));
        float baseline = (float) (y + row / 2 + font.getSize2D() * 0.36);
        g.drawString(words, (float) x, baseline);
        mark("legend", words, Drawing.inkBounds(g, words, font, x, baseline), Palette.INK);
        if (column != LEFT) {
            y += row;
        }
    }

    /** Writes a line of text and moves down; returns where its ink is, for {@link #mark(String, Rectangle2D)}. */
    private Rectangle2D text(String words, int fontStyle, double size, int rgb, double x) {
        Font font = fitted(words, fontStyle, fontPixels(size), left + width - x);
        g.setFont(font);
        g.setColor(Drawing.colour(rgb));
        float baseline = (float) (y + Math.max(row * 0.75, font.getSize2D() * 0.95));
        g.drawString(words, (float) x, baseline);
        y += row * Math.max(1.0, size * (style.presentation() ? 1.2 : 1.45));
        lastWords = words;
        lastInk = rgb;
        return Drawing.inkBounds(g, words, font, x, baseline);
    }

    /** The font at the wanted size, or smaller if the words would not fit in {@code room} pixels. */
    private Font fitted(String words, int fontStyle, double pixels, double room) {
        Font font = Drawing.font(fontStyle, pixels);
        double wide = font.getStringBounds(words, g.getFontRenderContext()).getWidth();
        return wide <= room ? font : Drawing.font(fontStyle, Math.max(pixels * 0.6, pixels * room / wide));
    }

    private double fontPixels(double share) {
        return row * share;
    }
}
