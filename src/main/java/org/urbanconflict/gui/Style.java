package org.urbanconflict.gui;

/**
 * Sizes that change in presentation mode: fonts, line widths and symbol outlines. Presentation mode is for the back
 * row of a room with a 1366 x 768 projector: every name on the map, the legend, the clock, chart titles and tick
 * labels are at least {@link #minTextPixels()} pixels tall (font size; cap height is about 0.73 of it, so 27 px
 * gives the 18 px cap height the CI check measures on the saved picture). Headless; the Swing side reads it.
 *
 * @param uiFontScale    factor applied to every Swing font (menus, Console, inspectors, event log)
 * @param chartLineWidth stroke width of chart lines, in pixels
 * @param chartFontSize  chart title size in pixels; axis and legend text scale from it
 * @param mapTextScale   factor applied to district names and the legend on the map
 * @param outlineWidth   outline of unit symbols and district borders, relative to a normal screen
 * @param minTextPixels  smallest font size, in pixels, of any text the class must read
 */
public record Style(boolean presentation, float uiFontScale, float chartLineWidth, float chartFontSize,
        double mapTextScale, float outlineWidth, double minTextPixels) {

    public static final Style NORMAL = new Style(false, 1.0f, 2.0f, 14f, 1.0, 1.0f, 11);
    public static final Style PRESENTATION = new Style(true, 1.4f, 4.0f, 27f, 1.35, 2.0f, 27);
    /** Cap height, in pixels, presentation text must reach on the saved picture (checked in CI). */
    public static final int PRESENTATION_CAP_HEIGHT = 18;

    public static Style of(boolean presentation) {
        return presentation ? PRESENTATION : NORMAL;
    }

    /** Size of chart tick labels and legends: as large as titles on a projector, a little smaller otherwise. */
    public float chartSmallFontSize() {
        return presentation ? chartFontSize : chartFontSize * 0.85f;
    }
}
