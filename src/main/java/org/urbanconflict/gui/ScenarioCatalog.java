package org.urbanconflict.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files the picker offers: the scenarios folder and its what-if subfolder, each shown by the "name"
 * written in the file. Only the name is read here; the full load, with validation, happens when one is picked.
 * Headless, so a test can check that every shipped scenario is offered.
 */
public final class ScenarioCatalog {
    /** A scenario file and the name to show for it. */
    public record Entry(Path file, String name, boolean whatIf) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioCatalog() {
    }

    /**
     * The scenarios folder for a starting scenario: the nearest folder, from the file's own upwards, that holds a
     * what-if subfolder; else the file's own folder.
     */
    public static Path folderFor(Path scenario) {
        return folderFor(scenario, "what-if");
    }

    /** The nearest folder, from the file's own upwards, that holds a {@code variants} subfolder; else the file's. */
    public static Path folderFor(Path scenario, String variants) {
        Path start = scenario.toAbsolutePath().normalize().getParent();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(variants))) {
                return dir;
            }
        }
        return start;
    }

    /** Baseline scenarios first, then the what-ifs, each group in file-name order. */
    public static List<Entry> list(Path folder) {
        return list(folder, "what-if");
    }

    /**
     * The files of {@code folder} first, then those of its subfolder {@code variants} (marked as what-ifs), each
     * group in file-name order (without ".json", so basra-2008 comes before basra-2008-april); JSON Schemas are left
     * out. Epstein's scenarios keep their variants in
     * {@code scenarios/epstein/variants}.
     */
    public static List<Entry> list(Path folder, String variants) {
        List<Entry> entries = new ArrayList<>();
        entries.addAll(scan(folder, false));
        entries.addAll(scan(folder.resolve(variants), true));
        return entries;
    }

    private static List<Entry> scan(Path dir, boolean whatIf) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith(".schema.json"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString().replaceFirst("\\.json$", "")))
                    .map(f -> new Entry(f, nameOf(f), whatIf))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file's "name", or its file name when it has none or cannot be read (the loader will say why). */
    static String nameOf(Path file) {
        try {
            JsonNode name = JSON.readTree(file.toFile()).path("name");
            return name.isTextual() && !name.asText().isBlank() ? name.asText() : file.getFileName().toString();
        } catch (IOException e) {
            return file.getFileName().toString();
        }
    }
}
