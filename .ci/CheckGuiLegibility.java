import java.awt.image.BufferedImage;
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
 * CI check that a GUI screenshot can be read from the back of a room. Reads FILE and FILE.json, where the GUI lists
 * every piece of text the class must read ("texts": district names, clock, legend, chart titles, tick labels, each
 * with the box its glyphs fill and the colour of its ink) and the cap height that text must reach ("minCapHeight",
 * 18 in presentation mode). Measures on the picture itself, not from font sizes: in each box it finds the glyphs
 * (connected pixels near the ink colour), takes the baseline most of them stand on and the top most capital-sized
 * ones reach, and reports baseline minus top as the cap height. It also checks that each box lies inside its window
 * area (nothing clipped), that every chart title is one line, and that every chart's date axis shows at least three
 * tick labels (groups of glyphs with a gap between them), and that no two names on the map overlap. The river's,
 * highway's and bridge's names ("ground") are smaller by design, as the legend's Ground section names them too, and
 * are held to no minimum. The run line (scenario and seed) is measured and
 * reported but held to no minimum: it names the picture, it is not part of the lesson. Run with {@code java .ci/CheckGuiLegibility.java
 * target/gui.png}; exits 1 with every failure named.
 */
public class CheckGuiLegibility {
    record Glyph(int top, int bottom, int left, int right) {
        int height() {
            return bottom - top + 1;
        }

        int width() {
            return right - left + 1;
        }
    }

    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0] + ".json"));
        BufferedImage image = ImageIO.read(Path.of(args[0]).toFile());
        Matcher min = Pattern.compile("\"minCapHeight\"\\s*:\\s*(\\d+)").matcher(json);
        int minCap = min.find() ? Integer.parseInt(min.group(1)) : 0;
        Matcher t = Pattern.compile("\\{\"kind\": \"([^\"]*)\", \"text\": \"([^\"]*)\", \"box\": \\[([^\\]]*)\\], "
                + "\"ink\": \"([0-9a-f]{6})\", \"within\": (null|\\[[^\\]]*\\]), \"upright\": (true|false)\\}")
                .matcher(json);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> smallest = new HashMap<>();
        List<String[]> names = new ArrayList<>();
        int count = 0;
        while (t.find()) {
            count++;
            String kind = t.group(1);
            String text = t.group(2);
            int[] box = ints(t.group(3));
            int ink = Integer.parseInt(t.group(4), 16);
            boolean upright = Boolean.parseBoolean(t.group(6));
            String name = kind + " \"" + text + "\"";
            if (!t.group(5).equals("null")) {
                int[] within = ints(t.group(5).replaceAll("[\\[\\]]", ""));
                if (box[0] < within[0] - 1 || box[1] < within[1] - 1 || box[0] + box[2] > within[0] + within[2] + 1
                        || box[1] + box[3] > within[1] + within[3] + 1) {
                    failures.add(name + " is clipped: drawn at " + str(box) + ", outside its area " + str(within));
                }
            }
            if (box[0] < 0 || box[1] < 0 || box[0] + box[2] > image.getWidth() || box[1] + box[3] > image.getHeight()) {
                failures.add(name + " runs off the picture: " + str(box));
                continue;
            }
            List<Glyph> glyphs = glyphs(image, box, ink, upright);
            int cap = capHeight(glyphs);
            smallest.merge(kind, cap, Math::min);
            if (kind.equals("district") || kind.equals("ground")) {
                for (String[] other : names) {
                    int[] b = ints(other[1]);
                    if (box[0] < b[0] + b[2] && b[0] < box[0] + box[2] && box[1] < b[1] + b[3]
                            && b[1] < box[1] + box[3]) {
                        failures.add(name + " overlaps " + other[0] + " on the map: " + str(box) + " and " + str(b));
                    }
                }
                names.add(new String[] {name, t.group(3)});
            }
            if (minCap > 0 && cap < minCap && !kind.equals("run") && !kind.equals("ground")) {
                failures.add(name + ": cap height " + cap + " px, want at least " + minCap);
            }
            if (kind.equals("title") && lines(glyphs, cap) > 1) {
                failures.add(name + ": chart title wraps onto " + lines(glyphs, cap) + " lines");
            }
            if (kind.equals("xTicks")) {
                int ticks = groups(glyphs, cap);
                System.out.printf("  %-10s %-32s cap %2d px, %d tick labels%n", kind, text, cap, ticks);
                if (ticks < 3) {
                    failures.add(name + ": only " + ticks + " tick labels on the time axis, want at least 3");
                }
            }
        }
        if (count == 0) {
            failures.add("the screenshot's JSON lists no texts to measure");
        }
        smallest.forEach((kind, cap) -> System.out.printf("smallest cap height of %-11s %2d px%n", kind, cap));
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("GUI legibility check failed: " + f));
            System.exit(1);
        }
        System.out.println("GUI legibility check passed: " + count + " texts in " + args[0]
                + (minCap > 0 ? ", all at least " + minCap + " px" : " (no minimum: not presentation mode)"));
    }

    /** Connected groups of pixels near the ink colour inside the box; upright text is measured turned. */
    static List<Glyph> glyphs(BufferedImage image, int[] box, int ink, boolean upright) {
        int w = box[2];
        int h = box[3];
        boolean[][] on = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                on[y][x] = near(image.getRGB(box[0] + x, box[1] + y), ink);
            }
        }
        if (upright) {
            boolean[][] turned = new boolean[w][h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    turned[x][h - 1 - y] = on[y][x];
                }
            }
            on = turned;
            int swap = w;
            w = h;
            h = swap;
        }
        boolean[][] seen = new boolean[h][w];
        List<Glyph> glyphs = new ArrayList<>();
        int[] stack = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!on[y][x] || seen[y][x]) {
                    continue;
                }
                int top = y, bottom = y, left = x, right = x, n = 0;
                stack[n++] = y * w + x;
                seen[y][x] = true;
                while (n > 0) {
                    int p = stack[--n];
                    int py = p / w, px = p % w;
                    top = Math.min(top, py);
                    bottom = Math.max(bottom, py);
                    left = Math.min(left, px);
                    right = Math.max(right, px);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int qy = py + dy, qx = px + dx;
                            if (qy >= 0 && qy < h && qx >= 0 && qx < w && on[qy][qx] && !seen[qy][qx]) {
                                seen[qy][qx] = true;
                                stack[n++] = qy * w + qx;
                            }
                        }
                    }
                }
                glyphs.add(new Glyph(top, bottom, left, right));
            }
        }
        // Axis lines, tick marks and specks are not letters.
        glyphs.removeIf(g -> g.height() < 3 || g.width() > 6 * g.height() || (g.width() <= 2 && g.height() > 30));
        return glyphs;
    }

    /** Baseline most glyphs stand on, minus the top that glyphs of capital height reach. */
    static int capHeight(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return 0;
        }
        int baseline = mode(glyphs.stream().mapToInt(Glyph::bottom).toArray());
        int highest = glyphs.stream().filter(g -> g.bottom() >= baseline - 1).mapToInt(Glyph::top).min().orElse(0);
        int full = baseline - highest + 1;
        int[] tops = glyphs.stream().filter(g -> g.bottom() >= baseline - 1 && baseline - g.top() + 1 >= 0.85 * full)
                .mapToInt(Glyph::top).toArray();
        return baseline - mode(tops) + 1;
    }

    /** Lines of text: baselines further apart than a cap height. */
    static int lines(List<Glyph> glyphs, int cap) {
        List<Integer> baselines = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.height() >= 0.6 * cap && baselines.stream().noneMatch(b -> Math.abs(b - g.bottom()) < cap)) {
                baselines.add(g.bottom());
            }
        }
        return Math.max(1, baselines.size());
    }

    /** Tick labels: groups of glyphs separated by more than a cap height of empty columns. */
    static int groups(List<Glyph> glyphs, int cap) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(g -> g.height() < 0.6 * cap);
        sorted.sort((a, b) -> Integer.compare(a.left(), b.left()));
        int n = 0;
        int right = Integer.MIN_VALUE / 2;
        for (Glyph g : sorted) {
            if (g.left() - right > 0.7 * cap) {
                n++;
            }
            right = Math.max(right, g.right());
        }
        return n;
    }

    private static int mode(int[] values) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = values[0];
        for (int v : values) {
            int c = counts.merge(v, 1, Integer::sum);
            if (c > counts.get(best) || (c == counts.get(best) && v > best)) {
                best = v;
            }
        }
        return best;
    }

    private static boolean near(int rgb, int ink) {
        int dr = ((rgb >> 16) & 0xFF) - ((ink >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((ink >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (ink & 0xFF);
        return dr * dr + dg * dg + db * db < 90 * 90;
    }

    private static int[] ints(String csv) {
        String[] parts = csv.split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i].trim());
        }
        return values;
    }

    private static String str(int[] box) {
        return "[" + box[0] + ", " + box[1] + ", " + box[2] + ", " + box[3] + "]";
    }
}
