package org.urbanconflict.gui;

/**
 * Where the two windows go on a screen: the battle window (map, charts, events) on the left, the MASON Console on the
 * right, side by side with no overlap, filling the usable screen. Sized for the screens classrooms have, from a
 * 1366 x 768 laptop or projector to 1920 x 1080 and up. Plain arithmetic, tested headless.
 *
 * @param main        bounds of the battle window
 * @param console     bounds of the Console
 * @param chartsWidth width of the charts column on the right of the battle window
 * @param eventsHeight least height of the event log under the map (it takes what the map leaves)
 */
public record WindowLayout(Box main, Box console, int chartsWidth, int eventsHeight) {

    /** A rectangle in screen pixels. */
    public record Box(int x, int y, int width, int height) {
        public int right() {
            return x + width;
        }

        public int bottom() {
            return y + height;
        }
    }

    /**
     * The Console's least width beside the model's windows: the Model tab's widest page (a long property name, its
     * slider and its value) needs 388 pixels at normal size, measured by {@code gui --self-check} at 1366 x 768, and
     * 400 once calibration gave values more digits (a value field grows with its text), so 20 pixels are kept in
     * hand; at 340 it scrolled sideways and hid every value. It costs the map about 80 pixels of width on a 1366
     * screen. A
     * screen narrower than 1366 gives the Console what the map column (at least {@link #MAP_COLUMN_MIN}) and the
     * charts leave, at least 340.
     */
    public static final int CONSOLE_MIN = 420;
    static final int MAP_COLUMN_MIN = 600;
    private static final int CHARTS_MIN = 290;

    /** Narrower than this, presentation mode gives the whole width to the model's windows (see below). */
    static final int SIDE_BY_SIDE_PRESENTATION = 1600;

    /**
     * The layout for the usable part of a screen (without task bars), e.g. {@code new Box(0, 0, 1920, 1040)}. In
     * presentation mode on a screen narrower than 1600 pixels the model's windows take the whole width and the
     * Console waits behind them on the right: the control strip drives the run, and the Console comes forward when
     * something is inspected or the View menu asks for it. Large text needs that room.
     */
    public static WindowLayout forScreen(Box usable, Style style) {
        if (overlapsConsole(usable, style)) {
            int consoleWidth = clamp(usable.width() * 40 / 100, CONSOLE_MIN, 560);
            Box main = new Box(usable.x(), usable.y(), usable.width(), usable.height());
            Box console = new Box(usable.right() - consoleWidth, usable.y(), consoleWidth, usable.height());
            return new WindowLayout(main, console, clamp(main.width() * 36 / 100, 290, 600),
                    clamp(main.height() * 18 / 100, 130, 240));
        }
        int consoleWidth = style.presentation() ? clamp(usable.width() * 26 / 100, CONSOLE_MIN, 560)
                : clamp(usable.width() * 22 / 100, Math.max(340, Math.min(CONSOLE_MIN, usable.width()
                        - MAP_COLUMN_MIN - CHARTS_MIN)), 460);
        Box main = new Box(usable.x(), usable.y(), usable.width() - consoleWidth, usable.height());
        Box console = new Box(main.right(), usable.y(), consoleWidth, usable.height());
        int charts = clamp(main.width() * 34 / 100 - 60, CHARTS_MIN, 600);
        int events = clamp(main.height() * 18 / 100, 130, 240);
        return new WindowLayout(main, console, charts, events);
    }

    /** Whether the Console sits behind the model's windows rather than beside them. */
    public static boolean overlapsConsole(Box usable, Style style) {
        return style.presentation() && usable.width() < SIDE_BY_SIDE_PRESENTATION;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
