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

    /** The layout for the usable part of a screen (without task bars), e.g. {@code new Box(0, 0, 1920, 1040)}. */
    public static WindowLayout forScreen(Box usable, Style style) {
        int consoleWidth = style.presentation() ? clamp(usable.width() * 26 / 100, 340, 560)
                : clamp(usable.width() * 22 / 100, 340, 460);
        Box main = new Box(usable.x(), usable.y(), usable.width() - consoleWidth, usable.height());
        Box console = new Box(main.right(), usable.y(), consoleWidth, usable.height());
        int charts = clamp(main.width() * 34 / 100 - 60, 290, 600);
        int events = clamp(main.height() * 18 / 100, 130, 240);
        return new WindowLayout(main, console, charts, events);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
