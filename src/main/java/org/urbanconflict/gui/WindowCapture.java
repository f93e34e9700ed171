package org.urbanconflict.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.swing.RootPaneContainer;

/**
 * A picture of the whole GUI (every visible window, where it sits on the screen) as a PNG, for handouts and for the
 * CI check. Windows are painted into the image rather than grabbed from the screen, so the picture does not depend
 * on a window manager or on what happens to be on top. A small JSON file beside the PNG says where the map and the
 * legend are, which colours mean control, and where each piece of text the class must read was drawn (its
 * {@link TextMark}s), so a checker can test the picture, and measure its text, without knowing the layout.
 */
public final class WindowCapture {
    private WindowCapture() {
    }

    /**
     * What a checker needs to know about a picture: where the map and its legend are, the colours that must show on
     * the map (and as swatches in the legend), their names for messages, the legend's background, how many distinct
     * colours a properly drawn map has at least, the text to measure, and the cap height that text must reach.
     */
    public record Key(Rectangle map, Rectangle legend, List<String> names, List<Integer> colours,
            int legendBackground, int minMapColours, List<TextMark> texts, int minCapHeight) {
        public Key {
            names = List.copyOf(names);
            colours = List.copyOf(colours);
            texts = List.copyOf(texts);
            if (names.size() != colours.size()) {
                throw new IllegalArgumentException(names.size() + " names for " + colours.size() + " colours");
            }
        }

        String toJson() {
            StringBuilder json = new StringBuilder("{\n");
            json.append("  \"map\": ").append(box(map)).append(",\n");
            json.append("  \"legend\": ").append(box(legend)).append(",\n");
            json.append("  \"colourNames\": [").append(names.stream().map(n -> "\"" + n + "\"")
                    .collect(Collectors.joining(", "))).append("],\n");
            json.append("  \"controlColours\": [").append(colours.stream().map(c -> String.format(Locale.ROOT,
                    "\"%06x\"", c)).collect(Collectors.joining(", "))).append("],\n");
            json.append(String.format(Locale.ROOT, "  \"legendBackground\": \"%06x\",%n", legendBackground));
            json.append("  \"minMapColours\": ").append(minMapColours).append(",\n");
            json.append("  \"minCapHeight\": ").append(minCapHeight).append(",\n");
            json.append("  \"texts\": [\n").append(texts.stream().map(WindowCapture::json)
                    .collect(Collectors.joining(",\n"))).append("\n  ]\n}\n");
            return json.toString();
        }
    }

    /**
     * Writes {@code png} and {@code png + ".json"}; call on the Swing thread with the schedule locked. The key is
     * asked for after the windows are painted, so the text marks are those of this very picture.
     */
    public static void save(Path png, Supplier<Key> key) throws IOException {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage image = new BufferedImage(screen.x + screen.width, screen.y + screen.height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3C3F41));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                // The root pane holds the menu bar and the content; printing the window itself lets AWT paint
                // its own stand-in title strip over the menu bar.
                Component content = window instanceof RootPaneContainer swing ? swing.getRootPane() : window;
                Point at = content.getLocationOnScreen();
                Graphics2D w = (Graphics2D) g.create(at.x, at.y, content.getWidth(), content.getHeight());
                content.printAll(w);
                w.dispose();
            }
        }
        g.dispose();
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
        Files.writeString(Path.of(png + ".json"), key.get().toJson(), StandardCharsets.UTF_8);
    }

    private static String json(TextMark t) {
        return String.format(Locale.ROOT, "    {\"kind\": \"%s\", \"text\": \"%s\", \"box\": [%d, %d, %d, %d], "
                + "\"ink\": \"%06x\", \"within\": %s, \"upright\": %b}", t.kind(), t.text().replace("\"", "'")
                .replace("\\", "/"), t.x(), t.y(), t.width(), t.height(), t.ink(), t.within() == null ? "null"
                : "[" + t.within()[0] + ", " + t.within()[1] + ", " + t.within()[2] + ", " + t.within()[3] + "]",
                t.upright());
    }

    private static String box(Rectangle r) {
        return "[" + r.x + ", " + r.y + ", " + r.width + ", " + r.height + "]";
    }
}
