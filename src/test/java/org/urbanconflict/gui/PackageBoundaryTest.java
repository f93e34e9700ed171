package org.urbanconflict.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the GUI touches Swing, AWT windows and events, or MASON's display classes, so the command line never loads
 * them; the chart package may draw with AWT's colours, fonts and images, which need no display. The GUI's own
 * headless helpers (colours, event log, history, layout, inspections) use no AWT at all, so their tests run anywhere.
 * The check reads the compiled classes' constant pools, where every referenced class name appears.
 */
class PackageBoundaryTest {
    /** Internal class-name prefixes, built at run time so that this test's own class file does not contain them. */
    private static final String SWING = prefix("javax", "swing");
    private static final String AWT = prefix("java", "awt");
    private static final String[] WINDOWING = {SWING, prefix("sim", "display"), prefix("sim", "portrayal"),
        AWT + "event/", AWT + "Frame", AWT + "Window", AWT + "Dialog", AWT + "FileDialog", AWT + "Component",
        AWT + "Container", AWT + "Toolkit", AWT + "Robot", AWT + "Panel", AWT + "Canvas", AWT + "Desktop"};
    private static final Set<String> HEADLESS_GUI = Set.of("Palette", "ClockText", "ControlHistory",
            "EventLogModel", "ChartSpec", "Style", "WindowLayout", "GuiSettings", "ReadableProperties", "MapLabels",
            "ScenarioCatalog", "CellInspection", "UnitInspection", "MilitiaInspection", "MapState", "EpsteinPalette",
            "LatticeView");

    private static String prefix(String... parts) {
        return String.join("/", parts) + "/";
    }

    /** Classes outside the GUI that use windowing, or (with {@code guiHelpers}) GUI helpers that use any AWT. */
    private static List<String> offenders(Path root, boolean guiHelpers) throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                boolean gui = relative.startsWith("org/urbanconflict/gui/");
                String simple = file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
                boolean checked = guiHelpers ? gui && HEADLESS_GUI.contains(simple) : !gui;
                if (!checked) {
                    continue;
                }
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String forbidden : gui ? new String[] {SWING, AWT, WINDOWING[1], WINDOWING[2]} : WINDOWING) {
                    if (pool.contains(forbidden)) {
                        bad.add(relative + " uses " + forbidden);
                    }
                }
            }
        }
        return bad;
    }

    @Test
    void onlyTheGuiLoadsSwing() throws IOException {
        List<String> bad = offenders(Path.of("target/classes"), false);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void theGuisHeadlessHelpersStayHeadless() throws IOException {
        List<String> bad = offenders(Path.of("target/classes"), true);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void testsDoNotLoadSwingEither() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target/test-classes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String forbidden : new String[] {SWING, WINDOWING[1], WINDOWING[2]}) {
                    if (pool.contains(forbidden)) {
                        bad.add(file + " uses " + forbidden);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
