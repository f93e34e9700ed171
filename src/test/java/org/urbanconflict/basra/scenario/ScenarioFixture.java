package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.ScenarioProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A copy of the real baseline scenario and map in a temporary folder, laid out as in the repository
 * ({@code basra-2008.json}, {@code maps/basra.json}), to be broken one thing at a time. Edits demand that the text
 * they replace occurs exactly once, and positions are computed from the text, so the tests keep working when the
 * baseline's values or layout change.
 */
final class ScenarioFixture {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Path BASELINE = Path.of("scenarios", "basra-2008.json");
    static final Path BASELINE_MAP = Path.of("scenarios", "maps", "basra.json");

    final Path dir;
    final Path scenario;
    final Path map;

    ScenarioFixture(Path dir) {
        this.dir = dir;
        // the fixture lays out a scenarios folder of its own, as a user who copied it would (--allow-path)
        org.urbanconflict.core.scenario.FileAccess.allow(dir);
        this.scenario = dir.resolve("basra-2008.json");
        this.map = dir.resolve("maps").resolve("basra.json");
        try {
            Files.createDirectories(map.getParent());
            Files.copy(BASELINE, scenario);
            Files.copy(BASELINE_MAP, map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits {@code file} as a JSON tree and writes it back, pretty-printed by Jackson (the layout changes). */
    static void editJson(Path file, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            edit.accept(root);
            write(file, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree of a file. */
    static JsonNode tree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the single occurrence of {@code from} in {@code file}. */
    static void replace(Path file, String from, String to) {
        String text = read(file);
        int first = text.indexOf(from);
        if (first < 0 || text.indexOf(from, first + 1) >= 0) {
            fail("expected exactly one occurrence of " + from + " in " + file);
        }
        write(file, text.replace(from, to));
    }

    /**
     * Replaces the scalar written right after the single occurrence of {@code prefix} (up to the next comma or
     * closing brace) by {@code literal}, e.g. {@code setScalar(file, "\"fighters\": {\"value\": ", "-5")}.
     */
    static void setScalar(Path file, String prefix, String literal) {
        String text = read(file);
        int first = text.indexOf(prefix);
        if (first < 0 || text.indexOf(prefix, first + 1) >= 0) {
            fail("expected exactly one occurrence of " + prefix + " in " + file);
        }
        int start = first + prefix.length();
        int end = start;
        boolean quoted = text.charAt(start) == '"';
        if (quoted) {
            end = text.indexOf('"', start + 1) + 1;
        } else {
            while (text.charAt(end) != ',' && text.charAt(end) != '}') {
                end++;
            }
        }
        write(file, text.substring(0, start) + literal + text.substring(end));
    }

    /** Line and column (1-based, "line:col") of the character {@code offset} after the single occurrence of text. */
    static String position(Path file, String text, int offset) {
        String content = read(file);
        int index = content.indexOf(text);
        assertTrue(index >= 0, "text not found: " + text);
        int at = index + offset;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    List<ScenarioProblem> problems() {
        return ScenarioLoader.validate(scenario);
    }

    /** The only problem whose pointer is {@code pointer}; fails listing every problem otherwise. */
    ScenarioProblem only(String pointer) {
        return only(problems(), pointer);
    }

    static ScenarioProblem only(List<ScenarioProblem> problems, String pointer) {
        List<ScenarioProblem> matching = problems.stream().filter(p -> p.pointer().equals(pointer)).toList();
        assertEquals(1, matching.size(), "problems at " + pointer + " among:\n" + describe(problems));
        return matching.get(0);
    }

    static String describe(List<ScenarioProblem> problems) {
        return problems.stream().map(ScenarioProblem::message).collect(Collectors.joining("\n"));
    }

    static String lineColumn(ScenarioProblem problem) {
        return problem.line() + ":" + problem.column();
    }
}
