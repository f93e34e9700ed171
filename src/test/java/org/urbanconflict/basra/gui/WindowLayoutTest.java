package org.urbanconflict.basra.gui;

import org.urbanconflict.gui.Style;
import org.urbanconflict.gui.WindowLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two windows fit side by side on the screens classrooms have, in both styles; in presentation mode on a screen
 * narrower than 1600 pixels the Console waits behind the model's windows instead.
 */
class WindowLayoutTest {
    private static void fits(int width, int height, Style style) {
        WindowLayout.Box screen = new WindowLayout.Box(0, 0, width, height);
        WindowLayout layout = WindowLayout.forScreen(screen, style);
        WindowLayout.Box main = layout.main();
        WindowLayout.Box console = layout.console();
        String at = width + "x" + height + (style.presentation() ? " presentation" : "");
        if (WindowLayout.overlapsConsole(screen, style)) {
            assertEquals(width, main.width(), at + ": presentation on a narrow screen gives the model the width");
        } else {
            assertEquals(main.right(), console.x(), at + ": windows must meet, not overlap");
        }
        assertEquals(width, console.right(), at + ": the console must end at the screen's edge");
        assertEquals(height, main.height(), at);
        assertTrue(console.width() >= (width >= 1366 ? WindowLayout.CONSOLE_MIN : 340), at
                + ": console too narrow for the Model tab");
        assertTrue(layout.chartsWidth() >= 290, at + ": charts too narrow");
        assertTrue(main.width() - layout.chartsWidth() >= 600, at + ": map column too narrow");
        assertTrue(layout.eventsHeight() >= 130, at + ": event log too short");
    }

    @Test
    void laptopAndProjectorScreens() {
        fits(1366, 768, Style.NORMAL);
        fits(1366, 768, Style.PRESENTATION);
        fits(1280, 720, Style.NORMAL);
    }

    @Test
    void fullHdAndLarger() {
        fits(1920, 1080, Style.NORMAL);
        fits(1920, 1080, Style.PRESENTATION);
        fits(2560, 1440, Style.NORMAL);
    }

    @Test
    void usableAreaOffsetsAreKept() {
        WindowLayout layout = WindowLayout.forScreen(new WindowLayout.Box(0, 32, 1920, 1048), Style.NORMAL);
        assertEquals(32, layout.main().y());
        assertEquals(32, layout.console().y());
    }

    @Test
    void presentationMakesTextBiggerAndLinesThicker() {
        assertTrue(Style.PRESENTATION.uiFontScale() > Style.NORMAL.uiFontScale());
        assertTrue(Style.PRESENTATION.chartLineWidth() > Style.NORMAL.chartLineWidth());
        assertTrue(Style.PRESENTATION.chartFontSize() > Style.NORMAL.chartFontSize());
        assertTrue(Style.PRESENTATION.mapTextScale() > Style.NORMAL.mapTextScale());
        assertTrue(Style.PRESENTATION.outlineWidth() > Style.NORMAL.outlineWidth());
    }
}
