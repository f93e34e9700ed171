package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One numeric parameter of a scenario set to a new value, as sweeps need it for every model: the cited value at a
 * JSON Pointer is replaced (rounded for a whole-number parameter, marked as varied by a sweep), and the files are
 * loaded back through the model's own loader, so the value passes the same validation as a hand-edited file. Costs
 * a scratch folder and one load per sweep point, not per replicate.
 */
public final class CitedOverride {
    private CitedOverride() {
    }

    /**
     * Replaces the cited number at {@code pointer} in a resolved scenario document.
     *
     * @param hint what to tell the user when the pointer names no numeric parameter
     * @throws IllegalArgumentException naming the pointer, if it is not a JSON Pointer or names no cited number
     */
    public static void set(ObjectNode root, String pointer, double value, String hint) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException(pointer + " is not a JSON Pointer; write it like " + hint);
        }
        JsonNode leaf = root.at(pointer);
        if (!(leaf instanceof ObjectNode cited) || !cited.has("value") || !cited.get("value").isNumber()) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter; " + hint);
        }
        boolean integral = cited.get("value").isIntegralNumber();
        cited.removeAll();
        if (integral) {
            cited.put("value", Math.round(value));
        } else {
            cited.put("value", value);
        }
        cited.put("assumption", "varied by a sweep");
    }

    /**
     * The number at {@code pointer} in a scenario document (the cited value there), as a run of that document uses it.
     *
     * @throws IllegalArgumentException naming the pointer, if it names no cited number
     */
    public static double valueAt(String document, String pointer) {
        JsonNode value;
        try {
            value = new com.fasterxml.jackson.databind.ObjectMapper().readTree(document).at(pointer).path("value");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter of this scenario");
        }
        return value.asDouble();
    }

    /**
     * Writes {@code files} (name to content) to a scratch folder, loads {@code mainFile} from it with the model's
     * loader and deletes the folder.
     *
     * @throws IllegalArgumentException listing every problem, if the loader refuses the value
     */
    public static <T> T load(Map<String, String> files, String mainFile, Function<Path, T> loader, String pointer,
            double value) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("urbanconflict-sweep");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue());
            }
            return loader.apply(dir.resolve(mainFile));
        } catch (ScenarioValidationException e) {
            throw new IllegalArgumentException(pointer + " = " + value + " is not allowed: " + e.problems().stream()
                    .map(p -> p.pointer() + ": " + p.found() + "; " + p.allowed())
                    .collect(Collectors.joining("; ")), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover scratch folder in the temp directory is harmless
        }
    }
}
