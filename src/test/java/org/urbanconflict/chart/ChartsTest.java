package org.urbanconflict.chart;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.core.Ground;
import org.urbanconflict.core.RegionMap;

/** Every chart writes a decodable PNG of the right size, the same bytes for the same input, and survives edge cases. */
class ChartsTest {
    private static final String LONG = "A very long label that goes on and on about government units that refused to "
            + "fight, deserted or defected to the militia during the first week of Operation Charge of the Knights";

    @TempDir
    Path dir;

    /** A chart drawn by one call, so each test can draw it twice and compare. */
    interface Draw {
        void to(Path png) throws IOException;
    }

    @Test
    void fanChartIsDeterministic() throws IOException {
        FanData data = new FanData(hours(190), List.of(band("Militia killed", 190, 300), band("Government killed", 190,
                110)));
        checkDeterministic("fan", png -> Charts.fan(png, "Killed by side", "People killed (cumulative)", data));
    }

    @Test
    void fanPairIsDeterministic() throws IOException {
        FanData left = new FanData(hours(190), List.of(band("Government share", 190, 0.4)));
        FanData right = new FanData(hours(190), List.of(band("Government share", 190, 0.5)));
        checkDeterministic("pair", png -> Charts.fanPair(png, "Control", "Share of urban area (0\u20131)", "Baseline",
                left, "What-if", right));
    }

    @Test
    void histogramIsDeterministic() throws IOException {
        double[] days = new double[100];
        for (int i = 0; i < days.length; i++) {
            days[i] = i < 12 ? Double.NaN : 5 + (i % 13) * 0.25;
        }
        checkDeterministic("hist", png -> Charts.histogram(png, "Day of the ceasefire", "Ceasefire (day)", days, 0.25,
                "runs without a ceasefire"));
        assertEquals("12 runs without a ceasefire", HistogramChart.missingText(12, "runs without a ceasefire"));
        assertEquals("3 of 10", HistogramChart.missingText(3, "%d of 10"));
        assertEquals("12 of 100 runs without a ceasefire", HistogramChart.missingText(12,
                "12 of 100 runs without a ceasefire"));
    }

    @Test
    void probabilitiesAreDeterministic() throws IOException {
        List<Estimate> items = List.of(new Estimate("Stalemate ending in a ceasefire", 0.62, 0.52, 0.71),
                new Estimate("Government control", 0.21, 0.14, 0.30), new Estimate("Government collapse", 0.0, 0.0,
                        0.04));
        checkDeterministic("prob", png -> Charts.probabilities(png, "Outcomes", items));
    }

    @Test
    void forestIsDeterministic() throws IOException {
        List<Estimate> items = List.of(new Estimate("Militia killed", 42, 18, 67), new Estimate("Government killed",
                -12, -25, 0.4), new Estimate("Desertions", -150, -260, -40));
        checkDeterministic("forest", png -> Charts.forest(png, "What-if minus baseline", "Difference (people)",
                items));
    }

    @Test
    void sweepIsDeterministic() throws IOException {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 10; i >= 0; i--) {
            double x = i * 0.05;
            points.add(new SweepPoint(x, 0.3 + x, 0.25 + x, 0.36 + x));
        }
        checkDeterministic("sweep", png -> Charts.sweep(png, "Control against infiltration", "Infiltration (share)",
                "Government share (0\u20131)", points));
    }

    @Test
    void scorecardIsDeterministic() throws IOException {
        double[] values = new double[50];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + i * 5;
        }
        List<TargetRange> targets = List.of(new TargetRange("Militia killed", 150.0, 400.0, values, 0.7),
                new TargetRange("Refused or deserted", 1000.0, null, values, 0.0),
                new TargetRange("Government share", null, 0.5, new double[] {0.4, 0.45, Double.NaN}, 1.0));
        checkDeterministic("score", png -> Charts.scorecard(png, "Validation", targets));
    }

    @Test
    void districtMapIsDeterministicAndShadesByValue() throws IOException {
        RegionMap map = tinyMap();
        double[] values = {0.0, 1.0};
        checkDeterministic("map", png -> Charts.districtMap(png, "Control", map, values, "Share of runs"));

        BufferedImage image = ImageIO.read(dir.resolve("map-a.png").toFile());
        DistrictMapChart.Layout layout = DistrictMapChart.layout(map, image.getWidth(), image.getHeight());
        // Corner cells: far from the district names, which sit at the centroids.
        Color low = new Color(image.getRGB(layout.centreX(0), layout.centreY(0)));
        Color high = new Color(image.getRGB(layout.centreX(5), layout.centreY(3)));
        Color river = new Color(image.getRGB(layout.centreX(3), layout.centreY(0)));
        assertEquals(DistrictMapChart.colour(0.0), low, "district with value 0");
        assertEquals(DistrictMapChart.colour(1.0), high, "district with value 1");
        assertTrue(distance(low, high) > 200, "values 0 and 1 look alike: " + low + " vs " + high);
        assertEquals(DistrictMapChart.WATER, river, "river cell");
    }

    @Test
    void districtMapWithoutValuesHatchesDistricts() throws IOException {
        RegionMap map = tinyMap();
        assertDoesNotThrow(() -> Charts.districtMap(dir.resolve("none.png"), "No values", map, new double[0], null));
        assertDoesNotThrow(() -> Charts.districtMap(dir.resolve("null.png"), LONG, map, null, LONG));
        assertDoesNotThrow(() -> Charts.districtMap(dir.resolve("nan.png"), "NaN", map, new double[] {Double.NaN,
            2.5}, "clamped"));
        checkImage(dir.resolve("none.png"));
    }

    @Test
    void edgeCasesDoNotThrow() {
        List<LocalDateTime> times = hours(48);
        double[] nan = new double[48];
        Arrays.fill(nan, Double.NaN);
        double[] ramp = new double[48];
        Arrays.setAll(ramp, h -> h * 2.0);
        List<Draw> draws = List.of(
                png -> Charts.fan(png, "Empty", "Count", new FanData(List.of(), List.of())),
                png -> Charts.fan(png, "All NaN", "Count", new FanData(times, List.of(Band.single("NaN", nan)))),
                png -> Charts.fan(png, "One replicate", "Count", new FanData(times, List.of(Band.single(LONG, ramp)))),
                png -> Charts.fan(png, "Short times", "Count", new FanData(hours(3), List.of(Band.single("x", ramp)))),
                png -> Charts.fan(png, "One hour", "Count", new FanData(hours(1), List.of(Band.single("x", ramp)))),
                png -> Charts.fanPair(png, LONG, "Count", LONG, new FanData(null, null), "Right",
                        new FanData(times, List.of(Band.single("x", ramp), Band.single("x", ramp)))),
                png -> Charts.histogram(png, "Empty", "Day", new double[0], 1, null),
                png -> Charts.histogram(png, "All NaN", "Day", nan, 1, "runs without a ceasefire"),
                png -> Charts.histogram(png, "One value", "Day", new double[] {3.7}, 0.5, null),
                png -> Charts.histogram(png, "Tiny bins", "Day", new double[] {0, 1e6}, 0.001, null),
                png -> Charts.probabilities(png, "Empty", List.of()),
                png -> Charts.probabilities(png, "Odd", List.of(new Estimate(LONG, 0.99, 0.95, 1.0),
                        new Estimate("NaN", Double.NaN, Double.NaN, Double.NaN), new Estimate(null, 0.5, Double.NaN,
                                0.6))),
                png -> Charts.forest(png, "Empty", "Difference", List.of()),
                png -> Charts.forest(png, "Odd", "Difference", List.of(new Estimate(LONG, 0, 0, 0),
                        new Estimate("same", 1, 1, 1), new Estimate("same", Double.NaN, -1, 2))),
                png -> Charts.scorecard(png, "Empty", List.of()),
                png -> Charts.scorecard(png, "Odd", List.of(new TargetRange(LONG, null, null, null, Double.NaN),
                        new TargetRange("no values", 1.0, 2.0, nan, 0), new TargetRange("point", 3.0, 3.0,
                                new double[] {3, 3, 3}, 1), new TargetRange("open both", null, null, ramp, 0.5))),
                png -> Charts.sweep(png, "Empty", "x", "y", List.of()),
                png -> Charts.sweep(png, "One point", "x", "y", List.of(new SweepPoint(1, 2, Double.NaN, 3))));
        for (int i = 0; i < draws.size(); i++) {
            Path png = dir.resolve("edge-" + i + ".png");
            Draw draw = draws.get(i);
            assertDoesNotThrow(() -> draw.to(png), "edge case " + i);
            assertDoesNotThrow(() -> checkImageSize(png), "edge case " + i);
        }
    }

    @Test
    void manyMetricsMakeATallerForestPlot() throws IOException {
        List<Estimate> few = new ArrayList<>();
        List<Estimate> many = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Estimate e = new Estimate("fall day of district " + i + ": +1.5 battle day [+0.5, +2.5]", 8, 2, 15);
            many.add(e);
            if (i < 13) {
                few.add(e);
            }
        }
        Path short13 = dir.resolve("few.png");
        Path tall = dir.resolve("many.png");
        Charts.forest(short13, "Few", "relative change, %", few);
        Charts.forest(tall, "Many", "relative change, %", many);
        assertEquals(ChartStyle.HEIGHT, ImageIO.read(short13.toFile()).getHeight(), "13 rows, as in a March"
                + " comparison, keep the default height");
        BufferedImage image = ImageIO.read(tall.toFile());
        assertEquals(EstimateCharts.height(24), image.getHeight());
        assertTrue(image.getHeight() >= 24 * EstimateCharts.MIN_ROW);
    }

    @Test
    void manyTargetsMakeATallerScorecard() throws IOException {
        List<TargetRange> targets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            targets.add(new TargetRange("Target " + i, 0.0, 1.0, new double[] {0.5}, 1));
        }
        Path png = dir.resolve("tall.png");
        Charts.scorecard(png, "Many", targets);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(ChartStyle.WIDTH, image.getWidth());
        assertEquals(ScorecardChart.height(20, ChartStyle.HEIGHT), image.getHeight());
        assertTrue(image.getHeight() > ChartStyle.HEIGHT);
    }

    @Test
    void badBinWidthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Charts.histogram(dir.resolve("x.png"), "t", "x",
                new double[] {1}, 0, null));
        assertThrows(IllegalArgumentException.class, () -> Charts.histogram(dir.resolve("x.png"), "t", "x",
                new double[] {1}, Double.NaN, null));
    }

    @Test
    void labelsAreLocaleIndependent() {
        assertEquals("0.123", Labels.number(0.12345));
        assertEquals("1,235", Labels.number(1234.6));
        assertEquals("42%", Labels.percent(0.42));
        assertEquals("\u2013", Labels.number(Double.NaN));
        assertEquals("abc\u2026", Labels.truncate("abcdef", 4));
    }

    /** The chart package must stay free of Swing and of MASON's display classes (see the architecture guide). */
    @Test
    void chartPackageImportsNoSwing() throws IOException {
        Path source = Path.of("src/main/java/org/urbanconflict/chart");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                for (String banned : List.of("javax.swing", "sim.display", "sim.portrayal")) {
                    assertFalse(text.contains("import " + banned), f + " imports " + banned);
                }
            }
        }
    }

    private void checkDeterministic(String name, Draw draw) throws IOException {
        Path a = dir.resolve(name + "-a.png");
        Path b = dir.resolve("again").resolve(name + "-b.png");
        draw.to(a);
        draw.to(b);
        checkImage(a);
        assertEquals(-1, Files.mismatch(a, b), name + ": same input gave different bytes");
    }

    private static void checkImage(Path png) throws IOException {
        BufferedImage image = checkImageSize(png);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 8, png + " has only " + colours.size() + " colours");
    }

    private static BufferedImage checkImageSize(Path png) throws IOException {
        assertTrue(Files.size(png) > 0, png + " is empty");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " does not decode");
        assertEquals(ChartStyle.WIDTH, image.getWidth());
        assertTrue(image.getHeight() >= ChartStyle.HEIGHT);
        return image;
    }

    private static List<LocalDateTime> hours(int n) {
        LocalDateTime start = LocalDateTime.of(2008, 3, 25, 3, 0);
        List<LocalDateTime> times = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            times.add(start.plusHours(h));
        }
        return times;
    }

    private static Band band(String label, int n, double end) {
        double[][] q = new double[5][n];
        double[] z = {-1.645, -0.674, 0, 0.674, 1.645};
        for (int h = 0; h < n; h++) {
            double t = h / (double) (n - 1);
            for (int k = 0; k < 5; k++) {
                q[k][h] = Math.max(0, end * t * (1 + 0.15 * z[k] * Math.sqrt(t)));
            }
        }
        return new Band(label, q[0], q[1], q[2], q[3], q[4]);
    }

    /** 6 x 4 cells: district 0 in columns 0-2, a river in column 3 with a bridge in row 2, district 1 in 4-5. */
    /** A model-neutral map as the charts see it: the chart package knows no model's map. */
    private record TinyRegion(int index, String id, String name) implements RegionMap.Region {
    }

    private record TinyMap(Ground[] grounds, int[] regionOfCell) implements RegionMap {
        @Override
        public String name() {
            return "tiny";
        }

        @Override
        public int width() {
            return 6;
        }

        @Override
        public int height() {
            return 4;
        }

        @Override
        public double cellSizeMeters() {
            return 300;
        }

        @Override
        public int regionOf(int cell) {
            return regionOfCell[cell];
        }

        @Override
        public Ground ground(int cell) {
            return grounds[cell];
        }

        @Override
        public List<TinyRegion> regions() {
            return List.of(new TinyRegion(0, "west", "West Bank"), new TinyRegion(1, "east", "East"));
        }
    }

    /** Two built-up regions either side of a river with a crossing. */
    private static RegionMap tinyMap() {
        Ground[] ground = new Ground[24];
        int[] region = new int[24];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 6; c++) {
                int cell = r * 6 + c;
                ground[cell] = c == 3 ? (r == 2 ? Ground.CROSSING : Ground.WATER) : Ground.BUILT_UP;
                region[cell] = c < 3 ? 0 : c > 3 ? 1 : -1;
            }
        }
        return new TinyMap(ground, region);
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
