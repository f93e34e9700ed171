package org.urbanconflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout of docs/architecture.md, checked on the compiled classes' constant pools, where every referenced class
 * name appears (imports, fully qualified names and Javadoc-free code alike):
 * <ul>
 * <li>only GUI packages ({@code ...gui}) touch Swing, AWT windows and events, or MASON's display classes, so the
 * command line and the tests never load them; the chart package may draw with AWT's colours, fonts and images;</li>
 * <li>the GUI's own headless helpers use no AWT at all, so their tests run anywhere;</li>
 * <li>no package depends on another in a loop;</li>
 * <li>each package depends only on those the architecture allows: core on nothing of ours, models on core alone,
 * batch and chart on core (never on a model), and only the command line on everything.</li>
 * </ul>
 */
class ArchitectureTest {
    /** The compiled classes; the Spark build (mvn -Pspark) compiles into a folder of its own and says which. */
    private static final Path CLASSES = Path.of(System.getProperty("architecture.classes", "target/classes"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("architecture.test.classes",
            "target/test-classes"));
    /** Internal class-name prefixes, built at run time so that this test's own class file does not contain them. */
    private static final String SWING = prefix("javax", "swing");
    private static final String AWT = prefix("java", "awt");
    private static final String[] WINDOWING = {SWING, prefix("sim", "display"), prefix("sim", "portrayal"),
        AWT + "event/", AWT + "Frame", AWT + "Window", AWT + "Dialog", AWT + "FileDialog", AWT + "Component",
        AWT + "Container", AWT + "Toolkit", AWT + "Robot", AWT + "Panel", AWT + "Canvas", AWT + "Desktop"};
    private static final Set<String> HEADLESS_GUI = Set.of("Palette", "ClockText", "ControlHistory",
            "EventLogModel", "ChartSpec", "Style", "WindowLayout", "GuiSettings", "PlayRule", "ReadableProperties",
            "MapLabels", "ScenarioCatalog", "CellInspection", "UnitInspection", "MilitiaInspection", "MapState",
            "EpsteinPalette", "LatticeView");
    private static final String OURS = prefix("org", "urbanconflict");
    private static final Pattern REFERENCE = Pattern.compile(Pattern.quote(OURS) + "((?:[a-z0-9_]+/)*)[A-Z]");

    /**
     * What each package may use of ours, besides itself. A new package must be added here and to
     * docs/architecture.md, which is the point: its place in the layout is a decision.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of("core.scenario")),
            Map.entry("core.scenario", Set.of()),
            Map.entry("basra", Set.of("core", "core.scenario", "basra.params", "basra.scenario")),
            Map.entry("basra.params", Set.of("core", "core.scenario")),
            Map.entry("basra.scenario", Set.of("core", "core.scenario", "basra.params")),
            Map.entry("basra.gui", Set.of("core", "core.scenario", "basra", "basra.params", "basra.scenario", "gui")),
            Map.entry("epstein", Set.of("core", "core.scenario")),
            Map.entry("epstein.gui", Set.of("core", "core.scenario", "epstein", "gui")),
            Map.entry("gui", Set.of("core", "core.scenario")),
            Map.entry("batch", Set.of("core", "core.scenario", "chart", "batch.sensitivity")),
            Map.entry("batch.sensitivity", Set.of()),
            Map.entry("batch.calibration", Set.of("core", "core.scenario", "batch", "chart")),
            Map.entry("chart", Set.of("core", "core.scenario")),
            Map.entry("cli", Set.of("core", "core.scenario", "batch", "batch.calibration", "batch.sensitivity",
                    "chart", "basra", "basra.params", "basra.scenario", "epstein", "gui")),
            Map.entry("spark", Set.of("batch", "cli")));

    private static String prefix(String... parts) {
        return String.join("/", parts) + "/";
    }

    private static boolean isGui(String packageName) {
        return packageName.equals("gui") || packageName.endsWith(".gui");
    }

    /** Each compiled class of ours: its package (dotted, below org.urbanconflict) and its constant pool as text. */
    private static Map<Path, String> pools(Path root) throws IOException {
        Map<Path, String> pools = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                pools.put(root.relativize(file), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return pools;
    }

    private static String packageOf(Path relative) {
        String dir = relative.getParent() == null ? "" : relative.getParent().toString().replace('\\', '/');
        return dir.startsWith(OURS) ? dir.substring(OURS.length()).replace('/', '.') : dir.replace('/', '.');
    }

    /** The packages of ours each package refers to, from its classes' constant pools. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Map.Entry<Path, String> e : pools(CLASSES).entrySet()) {
            String from = packageOf(e.getKey());
            Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(e.getValue());
            while (m.find()) {
                String target = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1)
                        .replace('/', '.');
                if (!target.equals(from)) {
                    to.add(target);
                }
            }
        }
        return uses;
    }

    @Test
    void onlyGuiPackagesLoadSwing() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<Path, String> e : pools(CLASSES).entrySet()) {
            if (isGui(packageOf(e.getKey()))) {
                continue;
            }
            for (String forbidden : WINDOWING) {
                if (e.getValue().contains(forbidden)) {
                    bad.add(e.getKey() + " uses " + forbidden);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void theGuisHeadlessHelpersStayHeadless() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<Path, String> e : pools(CLASSES).entrySet()) {
            String simple = e.getKey().getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
            if (!isGui(packageOf(e.getKey())) || !HEADLESS_GUI.contains(simple)) {
                continue;
            }
            for (String forbidden : new String[] {SWING, AWT, WINDOWING[1], WINDOWING[2]}) {
                if (e.getValue().contains(forbidden)) {
                    bad.add(e.getKey() + " uses " + forbidden);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void testsDoNotLoadSwingEither() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<Path, String> e : pools(TEST_CLASSES).entrySet()) {
            for (String forbidden : new String[] {SWING, WINDOWING[1], WINDOWING[2]}) {
                if (e.getValue().contains(forbidden)) {
                    bad.add(e.getKey() + " uses " + forbidden);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void everyPackageUsesOnlyWhatTheArchitectureAllows() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : dependencies().entrySet()) {
            Set<String> allowed = ALLOWED.get(e.getKey());
            if (allowed == null) {
                bad.add("package " + e.getKey() + " has no place in the layout: add it to ArchitectureTest.ALLOWED and"
                        + " docs/architecture.md");
                continue;
            }
            for (String used : e.getValue()) {
                if (!allowed.contains(used)) {
                    bad.add(e.getKey() + " -> " + used);
                }
            }
        }
        assertTrue(bad.isEmpty(), "dependencies the architecture does not allow:\n" + String.join("\n", bad));
    }

    @Test
    void noPackageDependsOnAnotherInALoop() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = cycleThrough(start, graph);
            if (!path.isEmpty() && path.get(0).equals(start) && start.equals(path.stream().sorted().findFirst()
                    .orElse(start))) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    /** A path start -> ... -> start through the graph (depth first), or empty when there is none. */
    private static List<String> cycleThrough(String start, Map<String, Set<String>> graph) {
        List<String> path = new ArrayList<>(List.of(start));
        return walk(start, start, graph, path, new TreeSet<>()) ? path : List.of();
    }

    private static boolean walk(String start, String at, Map<String, Set<String>> graph, List<String> path,
            Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (walk(start, next, graph, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
