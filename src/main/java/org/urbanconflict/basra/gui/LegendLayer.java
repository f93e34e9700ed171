package org.urbanconflict.basra.gui;

import static org.urbanconflict.basra.gui.LegendPen.ALONE;
import static org.urbanconflict.basra.gui.LegendPen.LEFT;
import static org.urbanconflict.basra.gui.LegendPen.RIGHT;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.urbanconflict.basra.BattleClock;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.Control;
import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.TextMark;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The panel beside the map: the clock (simulated time, battle day and phase) and the legend. It is drawn inside the
 * MASON display rather than as a Swing panel so that MASON's snapshots and movies carry it: a picture of the map
 * without its key is no use in a handout. The layout is in rows that share the panel's height, so it fits at any
 * zoom; text size follows the row height. {@link LegendPen} does the drawing; this class says what goes where.
 */
final class LegendLayer extends FieldPortrayal2D {
    /**
     * Rows the full legend needs, and the rows left when the Ground section (river, bridge and highway are named on
     * the map anyway) and the stronghold note are dropped to make room for larger text.
     */
    private static final double ROWS = 27.2;
    private static final double COMPACT_ROWS = 22.5;
    /** Smallest text, in pixels, that a student at the back can still read off a laptop screen. */
    private static final double MIN_FONT_PIXELS = 10.5;
    private static final double TEXT_SHARE = 0.58;
    /**
     * The projector legend's rows of entries (with the run line and badge), and its lines of text measured in text
     * heights (the clock's time, its date and the stronghold note, with their spacing): the rest of the panel's
     * height is shared by the rows, which are never shorter than the text. The 0.3 row to spare holds the last
     * line's descenders.
     */
    private static final double LARGE_ROWS = 14.3;
    private static final double LARGE_TEXT_LINES = (1.35 + 1 + 1) * 1.1;

    private final MapState state;
    private Style style = Style.NORMAL;
    /** The text drawn by the last paint, in display pixels, for the picture's legibility check. */
    private List<TextMark> marks = List.of();
    private String runLabel = "";

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
    public synchronized void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ConflictModel model = state.model();
        if (model == null) {
            return;
        }
        RenderingHints old = Drawing.smooth(g);
        double[] box = {info.draw.x, info.draw.y, info.draw.width, info.draw.height};
        g.setColor(Drawing.colour(Palette.PANEL));
        LegendPen pen;
        if (style.presentation()) {
            g.fill(new Rectangle2D.Double(info.draw.x + 2, info.draw.y, info.draw.width - 2, info.draw.height));
            double text = style.minTextPixels();
            double row = Math.max(text, Math.min(text * 1.4, (info.draw.height - LARGE_TEXT_LINES * text)
                    / LARGE_ROWS));
            pen = new LegendPen(g, style, box, info.draw.width * 0.05, row, text);
            drawLarge(pen, model, text);
        } else {
            double pad = info.draw.width * 0.05;
            g.fill(new Rectangle2D.Double(info.draw.x + pad * 0.4, info.draw.y, info.draw.width - pad * 0.4,
                    info.draw.height));
            double wanted = Math.max(MIN_FONT_PIXELS / TEXT_SHARE, info.draw.height / ROWS);
            boolean compact = wanted * ROWS > info.draw.height * 1.001;
            double row = compact ? Math.min(wanted, info.draw.height / COMPACT_ROWS) : wanted;
            pen = new LegendPen(g, style, box, pad, row, row * TEXT_SHARE);
            pen.skip(0.2);
            drawFull(pen, model, compact);
        }
        marks = pen.marks();
        g.setRenderingHints(old);
    }

    /** The legend for a screen: headings, two entries to a row, and the Ground section when there is room. */
    private void drawFull(LegendPen pen, ConflictModel model, boolean compact) {
        double row = pen.row();
        runLine(pen, 0.5 * row);
        BattleClock clock = model.clock();
        int hour = (int) model.schedule.getSteps();
        pen.skip(0.9);
        pen.mark("clock", pen.text(ClockText.time(clock, hour), Font.BOLD, 1.55 * row, Palette.INK));
        pen.skip(0.45);
        pen.mark("clock", pen.text(ClockText.date(clock, hour), Font.BOLD, 0.62 * row, Palette.INK));
        pen.mark("clock", pen.text(ClockText.dayAndHour(clock, hour), Font.PLAIN, 0.58 * row, Palette.MUTED_INK));
        String phase = model.phase(hour);
        pen.badge(ClockText.phaseBadge(phase), Palette.phase(phase), TEXT_SHARE * row, 0.1, 1.05, 0.5);
        pen.skip(1.35);
        long percent = Math.round(100 * model.territoryState().governmentUrbanShare());
        pen.mark("legend", pen.text("Government holds " + percent + "% of the city", Font.PLAIN, 0.58 * row,
                Palette.INK));
        pen.heading("Control of built-up blocks", 0.6 * row);
        control(pen);
        if (!compact) {
            pen.heading("Ground", 0.6 * row);
            ground(pen, "Highway 6", "Open ground");
        }
        pen.heading("Forces", 0.6 * row);
        for (int i = 0; i < Force.values().length; i++) {
            Force.values()[i].draw(pen, i % 2 == 0 ? LEFT : RIGHT);
        }
        pen.heading("Coalition fire, fading over " + StrikeLayer.FADE_HOURS + " h", 0.6 * row);
        pen.strike(true, "US air", LEFT);
        pen.strike(false, "UK artillery", RIGHT);
        if (!compact) {
            pen.skip(0.3);
            pen.mark("legend", pen.text("Italic names: Mahdi Army strongholds", Font.ITALIC, 0.56 * row,
                    Palette.MUTED_INK));
        }
    }

    /**
     * The legend for a projector: every word at least {@link Style#minTextPixels()} high, so it fits beside the map
     * of a 1366 x 768 screen only without headings and the percentage (the control chart shows it), with short
     * entries two to a row (each such row sets its own column split, as two long words need more than half): the
     * run, the clock and phase, control, the forces (a stood-down cell is drawn hollow, as the full legend says),
     * coalition fire, the ground and the note on italic names.
     */
    private void drawLarge(LegendPen pen, ConflictModel model, double text) {
        runLine(pen, 0.62 * text);
        pen.skip(-0.25);
        BattleClock clock = model.clock();
        int hour = (int) model.schedule.getSteps();
        pen.mark("clock", pen.text(ClockText.time(clock, hour), Font.BOLD, 1.35 * text, Palette.INK));
        String day = ClockText.shortDateTime(clock, hour);
        pen.mark("clock", pen.text(day.substring(0, day.lastIndexOf(' ')) + ", " + ClockText.dayAndHour(clock, hour)
                .replaceAll(",.*", "").replace(" of the battle", ""), Font.PLAIN, text, Palette.INK));
        String phase = model.phase(hour);
        pen.badge(ClockText.phaseBadge(phase), Palette.phase(phase), text, 0.0, 1.0, 0.3);
        pen.skip(1.05);
        control(pen);
        pen.skip(0.1);
        Force.POLICE.draw(pen, ALONE);
        pen.split(0.4);
        Force.ARMY.draw(pen, LEFT);
        Force.REFUSING.draw(pen, RIGHT);
        pen.split(LegendPen.SPLIT);
        for (Force force : new Force[] {Force.NEW_ARMY, Force.NATIONAL_POLICE, Force.SPECIAL_FORCES, Force.MILITIA}) {
            force.draw(pen, ALONE);
        }
        pen.strike(true, "Air", LEFT);
        pen.strike(false, "Guns", RIGHT);
        pen.skip(0.1);
        ground(pen, "Highway", "Open");
        pen.mark("legend", pen.text("Italic: stronghold", Font.ITALIC, text, Palette.MUTED_INK));
    }

    /** The legend's force symbols, in the full legend's order (two to a row there). */
    private enum Force {
        POLICE(AgentSymbol.square(0, 0, 1), Palette.POLICE_FILL, "Local police", false),
        ARMY(AgentSymbol.circle(0, 0, 1.2), Palette.UNIT_FILL, "Army", false),
        NEW_ARMY(AgentSymbol.circle(0, 0, 1.1), Palette.UNIT_FILL, "New army", true),
        NATIONAL_POLICE(AgentSymbol.triangle(0, 0, 1.3), Palette.UNIT_FILL, "Natl. Police", false),
        SPECIAL_FORCES(AgentSymbol.star(0, 0, 1.5), Palette.UNIT_FILL, "Special forces", false),
        REFUSING(AgentSymbol.circle(0, 0, 1.2), Palette.REFUSING_FILL, "Refusing", false),
        MILITIA(AgentSymbol.diamond(0, 0, 1.4), Palette.MILITIA_FILL, "Militia cell", false),
        STOOD_DOWN(AgentSymbol.diamond(0, 0, 1.4), Palette.MILITIA_FILL, "Stood down", true);

        private final Shape shape;
        private final int fill;
        private final String words;
        private final boolean hollow;

        Force(Shape shape, int fill, String words, boolean hollow) {
            this.shape = shape;
            this.fill = fill;
            this.words = words;
            this.hollow = hollow;
        }

        void draw(LegendPen pen, int column) {
            pen.symbol(shape, fill, words, column, hollow);
        }
    }

    private static void control(LegendPen pen) {
        pen.swatch(Palette.control(Control.GOVERNMENT), "Government", ALONE);
        pen.swatch(Palette.control(Control.MILITIA), "Mahdi Army", ALONE);
        pen.swatch(Palette.control(Control.CONTESTED), "Contested", ALONE);
    }

    /** River and bridge, highway and open ground, two to a row; the projector legend names them shorter. */
    private void ground(LegendPen pen, String highway, String open) {
        if (style.presentation()) {
            pen.split(0.45);
        }
        pen.swatch(Palette.MAP_COLOURS[Palette.RIVER], "River", LEFT);
        pen.swatch(Palette.MAP_COLOURS[Palette.BRIDGE], "Bridge", RIGHT);
        if (style.presentation()) {
            pen.split(0.575);
        }
        pen.swatch(Palette.MAP_COLOURS[Palette.HIGHWAY], highway, LEFT);
        pen.swatch(Palette.MAP_COLOURS[Palette.OPEN], open, RIGHT);
        pen.split(LegendPen.SPLIT);
    }

    /** The scenario and seed, small and muted: it names the picture rather than explaining the map. */
    private void runLine(LegendPen pen, double pixels) {
        if (!runLabel.isEmpty()) {
            Font probe = Drawing.font(Font.BOLD, pixels);
            double wide = probe.getStringBounds(runLabel, pen.graphics().getFontRenderContext()).getWidth();
            pen.mark("run", pen.text(runLabel, Font.BOLD, pixels * Math.min(1, pen.width() / wide),
                    Palette.MUTED_INK));
        }
    }
}
