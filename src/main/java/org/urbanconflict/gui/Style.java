package org.urbanconflict.gui;

/**
 * Sizes that change in presentation mode: fonts, line widths and symbol outlines. Back rows of a lecture hall need
 * text about half as large again and lines twice as thick as a laptop screen does. Headless; the Swing side reads it.
 *
 * @param uiFontScale    factor applied to every Swing font (menus, Console, inspectors, event log)
 * @param chartLineWidth stroke width of chart lines, in pixels
 * @param chartFontSize  chart title size in points; axis and legend text scale from it
 * @param mapTextScale   factor applied to district names and the legend on the map
 * @param outlineWidth   outline of unit symbols and district borders, relative to a normal screen
 */
public record Style(boolean presentation, float uiFontScale, float chartLineWidth, float chartFontSize,
        double mapTextScale, float outlineWidth) {

    public static final Style NORMAL = new Style(false, 1.0f, 2.0f, 13f, 1.0, 1.0f);
    public static final Style PRESENTATION = new Style(true, 1.4f, 4.0f, 18f, 1.35, 2.0f);

    public static Style of(boolean presentation) {
        return presentation ? PRESENTATION : NORMAL;
    }
}
