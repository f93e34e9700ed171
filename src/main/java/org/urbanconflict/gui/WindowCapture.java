package org.urbanconflict.gui;

import java.awt.Color;
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
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A picture of the whole GUI (every visible window, where it sits on the screen) as a PNG, for handouts and for the
 * CI check. Windows are painted into the image rather than grabbed from the screen, so the picture does not depend
 * on a window manager or on what happens to be on top. A small JSON file beside the PNG says where the map and the
 * legend are and which colours mean control, so a checker can test the picture without knowing the layout.
 */
final class WindowCapture {
    private WindowCapture() {
    }

    /** Writes {@code png} and {@code png + ".json"}; call on the Swing thread with the schedule locked. */
    static void save(Path png, Rectangle map, Rectangle legend) throws IOException {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage image = new BufferedImage(screen.x + screen.width, screen.y + screen.height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3C3F41));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                Point at = window.getLocationOnScreen();
                Graphics2D w = (Graphics2D) g.create(at.x, at.y, window.getWidth(), window.getHeight());
                window.printAll(w);
                w.dispose();
            }
        }
        g.dispose();
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
        Files.writeString(Path.of(png + ".json"), regions(map, legend), StandardCharsets.UTF_8);
    }

    private static String regions(Rectangle map, Rectangle legend) {
        return String.format(Locale.ROOT, "{%n  \"map\": %s,%n  \"legend\": %s,%n  \"controlColours\": [\"%06x\", "
                + "\"%06x\", \"%06x\"],%n  \"legendBackground\": \"%06x\"%n}%n", box(map), box(legend),
                Palette.MAP_COLOURS[Palette.GOVERNMENT], Palette.MAP_COLOURS[Palette.MILITIA],
                Palette.MAP_COLOURS[Palette.CONTESTED], Palette.PANEL);
    }

    private static String box(Rectangle r) {
        return "[" + r.x + ", " + r.y + ", " + r.width + ", " + r.height + "]";
    }
}
