package org.urbanconflict.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.urbanconflict.core.scenario.FileAccess;

/**
 * The scenario files shipped inside the library jar, under {@code scenarios/} (the baseline, the what-ifs, Epstein's
 * runs, their maps and schemas), for a project that depends on the library and has no checkout. A scenario names the
 * files it {@code extends} and its map by relative path, so the whole tree is copied once into a temporary folder and
 * loaded from there through {@link ModelRegistry#load}, exactly as a file on disk.
 */
public final class BundledScenarios {
    private static final String ROOT = "scenarios/";
    private static Path extracted;

    private BundledScenarios() {
    }

    /** Loads a shipped scenario by its path under {@code scenarios/}, e.g. {@code "what-if/no-mediation.json"}. */
    public static Experiment load(String name) {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no shipped scenario " + name + "; the library ships " + list());
        }
        return ModelRegistry.load(file);
    }

    /** Every shipped file under {@code scenarios/}, as relative paths in sorted order. */
    public static List<String> list() {
        try {
            Path source = Path.of(BundledScenarios.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(source)) {
                Path root = source.resolve(ROOT);
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString()
                                .replace('\\', '/')));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(ROOT) && !n.endsWith("/"))
                            .forEach(n -> names.add(n.substring(ROOT.length())));
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the library's jar", e);
        }
    }

    /** The folder the shipped scenarios were copied into (once per JVM), holding the tree under {@code scenarios/}. */
    public static synchronized Path folder() {
        if (extracted == null) {
            try {
                Path dir = Files.createTempDirectory("urbanconflict-scenarios");
                for (String name : list()) {
                    Path target = dir.resolve(name);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = BundledScenarios.class.getClassLoader().getResourceAsStream(ROOT + name)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                // the copy is the shipped scenarios/ folder, so its files may name each other as the originals do
                FileAccess.allow(dir);
                extracted = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extracted;
    }
}
