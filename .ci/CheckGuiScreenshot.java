import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * CI check of a GUI screenshot written by {@code urbanconflict gui --screenshot FILE}: the picture must show the map
 * and its legend, not a blank or half-drawn window. Reads FILE and FILE.json (where the map and the legend are, and
 * the control colours) and checks that the map region holds many colours including all three control colours, and
 * that the legend region is not blank and shows the control swatches. Run with {@code java
 * .ci/CheckGuiScreenshot.java target/gui.png}; exits 1 with the reason on failure.
 */
public class CheckGuiScreenshot {
    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        String json = Files.readString(Path.of(args[0] + ".json"));
        BufferedImage image = ImageIO.read(png.toFile());
        List<String> failures = new ArrayList<>();
        if (image.getWidth() < 1024 || image.getHeight() < 700) {
            failures.add("screenshot is only " + image.getWidth() + "x" + image.getHeight());
        }
        int[] map = box(json, "map");
        int[] legend = box(json, "legend");
        List<Integer> control = colours(json, "controlColours");
        int background = colours(json, "legendBackground").get(0);
        int minMapColours = number(json, "minMapColours", 12);
        List<String> names = strings(json, "colourNames", List.of("government", "militia", "contested"));

        Map<Integer, Integer> mapColours = histogram(image, map);
        long mapPixels = (long) map[2] * map[3];
        System.out.printf("map %dx%d at (%d,%d): %d distinct colours%n", map[2], map[3], map[0], map[1],
                mapColours.size());
        if (mapColours.size() < minMapColours) {
            failures.add("map region has only " + mapColours.size() + " colours (want at least " + minMapColours
                    + ")");
        }
        for (int i = 0; i < control.size(); i++) {
            double share = mapColours.getOrDefault(control.get(i), 0) / (double) mapPixels;
            System.out.printf("  %-10s %06x covers %5.1f%% of the map%n", names.get(i), control.get(i), 100 * share);
            if (share < 0.005) {
                failures.add("map shows too little " + names.get(i) + " colour (" + String.format("%.2f%%", 100 * share)
                        + ", want at least 0.5%)");
            }
        }

        Map<Integer, Integer> legendColours = histogram(image, legend);
        long legendPixels = (long) legend[2] * legend[3];
        double inked = 1.0 - legendColours.getOrDefault(background, 0) / (double) legendPixels;
        System.out.printf("legend %dx%d at (%d,%d): %d distinct colours, %.1f%% not background%n", legend[2],
                legend[3], legend[0], legend[1], legendColours.size(), 100 * inked);
        if (inked < 0.04 || legendColours.size() < 8) {
            failures.add("legend region looks blank (" + legendColours.size() + " colours, "
                    + String.format("%.1f%%", 100 * inked) + " drawn)");
        }
        for (int i = 0; i < control.size(); i++) {
            if (legendColours.getOrDefault(control.get(i), 0) < 20) {
                failures.add("legend has no " + names.get(i) + " swatch");
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("GUI screenshot check failed: " + f));
            System.exit(1);
        }
        System.out.println("GUI screenshot check passed: " + png);
    }

    private static Map<Integer, Integer> histogram(BufferedImage image, int[] box) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = Math.max(0, box[1]); y < Math.min(image.getHeight(), box[1] + box[3]); y++) {
            for (int x = Math.max(0, box[0]); x < Math.min(image.getWidth(), box[0] + box[2]); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int[] box(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no \"" + key + "\" in the screenshot's JSON");
        }
        String[] parts = m.group(1).split(",");
        int[] values = new int[4];
        for (int i = 0; i < 4; i++) {
            values[i] = Integer.parseInt(parts[i].trim());
        }
        return values;
    }

    private static int number(String json, String key, int otherwise) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }

    private static List<String> strings(String json, String key, List<String> otherwise) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!m.find()) {
            return otherwise;
        }
        List<String> found = new ArrayList<>();
        Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (s.find()) {
            found.add(s.group(1));
        }
        return found;
    }

    private static List<Integer> colours(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[?([^\\]\\n]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no \"" + key + "\" in the screenshot's JSON");
        }
        List<Integer> colours = new ArrayList<>();
        Matcher hex = Pattern.compile("\"([0-9a-fA-F]{6})\"").matcher(m.group(1));
        while (hex.find()) {
            colours.add(Integer.parseInt(hex.group(1), 16));
        }
        return colours;
    }
}
