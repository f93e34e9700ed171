package org.urbanconflict.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.security.CodeSource;
import java.util.HashSet;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

import sim.util.media.chart.SeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Guard test for the JFreeChart version that MASON's chart classes need.
 *
 * <p>MASON 18's {@code sim.util.media.chart} classes (used by the GUI's live charts) were compiled
 * against JFreeChart 1.0.x, whose API uses JCommon types such as {@code org.jfree.ui.RectangleInsets}.
 * JFreeChart 1.5.x dropped JCommon, so MASON's chart classes fail at run time with
 * {@code NoClassDefFoundError} (or, if {@code jcommon} is still on the class path,
 * {@code NoSuchMethodError}: with 1.5.4 the constructor dies on
 * {@code LegendTitle.setLegendItemGraphicPadding(org.jfree.ui.RectangleInsets)}). Nothing fails at
 * compile time, so a well-meant dependency upgrade would only show up when someone opens a chart in
 * the GUI. The {@code pom.xml} therefore excludes
 * MASON's own JFreeChart and pins {@code org.jfree:jfreechart:1.0.19} (plus {@code jcommon}); this
 * test fails the build if that pin is lost.
 *
 * <p>The test really constructs {@link TimeSeriesChartGenerator}, adds a series through its own API
 * and renders the resulting {@link JFreeChart} off-screen. It runs with
 * {@code java.awt.headless=true} (set by Surefire): the generator builds Swing components but no
 * top-level window ({@code createFrame()} is never called), so no {@code HeadlessException} occurs.
 */
class MasonChartClassesTest {

    @Test
    void masonTimeSeriesChartGeneratorBuildsAndRendersHeadless() {
        TimeSeriesChartGenerator generator = new TimeSeriesChartGenerator();
        generator.setTitle("guard");

        XYSeries series = new XYSeries("casualties", false);
        for (int hour = 0; hour < 48; hour++) {
            series.add(hour, Math.sin(hour / 6.0) * 10 + hour);
        }
        SeriesAttributes attributes = generator.addSeries(series, null);
        assertNotNull(attributes, "addSeries returned no series attributes");
        assertEquals(1, generator.getSeriesCount(), "series was not added to the chart");

        JFreeChart chart = generator.getChart();
        assertNotNull(chart, "TimeSeriesChartGenerator.getChart() returned null");

        BufferedImage image = chart.createBufferedImage(400, 300);
        assertNotNull(image);
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight() && colours.size() < 2; y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 1, "rendered chart is a single flat colour");
    }

    @Test
    void jfreeChartIsPinnedTo1019() {
        CodeSource source = JFreeChart.class.getProtectionDomain().getCodeSource();
        assertNotNull(source, "JFreeChart has no code source");
        URL location = source.getLocation();
        assertNotNull(location, "JFreeChart code source has no location");
        assertTrue(location.toString().contains("jfreechart-1.0.19"),
                "org.jfree.chart.JFreeChart must come from jfreechart-1.0.19 (MASON 18 breaks under 1.5.x), "
                        + "but was loaded from " + location);
    }
}
