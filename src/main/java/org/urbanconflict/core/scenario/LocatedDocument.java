package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON tree together with where each of its values and field names was written. After {@code extends} merging
 * one document holds values from several files, and each origin still names the file that set that value.
 *
 * <p>Pointers are JSON Pointers ({@code /government/types/army/morale}); the root is "".
 */
public final class LocatedDocument {
    private final Path file;
    private final JsonNode root;
    private final Map<String, JsonOrigin> values;
    private final Map<String, JsonOrigin> keys;

    /**
     * @param file   the file this document was read from (for a merged document, the most derived file)
     * @param values origin of the first character of each value, by pointer
     * @param keys   origin of each field name, by the pointer of its value
     */
    LocatedDocument(Path file, JsonNode root, Map<String, JsonOrigin> values, Map<String, JsonOrigin> keys) {
        this.file = file;
        this.root = root;
        this.values = new LinkedHashMap<>(values);
        this.keys = new LinkedHashMap<>(keys);
    }

    Path file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    Map<String, JsonOrigin> valueOrigins() {
        return values;
    }

    Map<String, JsonOrigin> keyOrigins() {
        return keys;
    }

    /** Where the value at {@code pointer} starts, or failing that where its nearest written ancestor starts. */
    public JsonOrigin valueOrigin(String pointer) {
        String current = pointer;
        while (true) {
            JsonOrigin origin = values.get(current);
            if (origin != null) {
                return origin;
            }
            if (current.isEmpty()) {
                return JsonOrigin.wholeFile(file);
            }
            current = parent(current);
        }
    }

    /** Where the field name of {@code pointer} is written, falling back to its value (array items have no name). */
    public JsonOrigin keyOrigin(String pointer) {
        JsonOrigin origin = keys.get(pointer);
        return origin != null ? origin : valueOrigin(pointer);
    }

    /** The node at {@code pointer}, or a missing node. */
    public JsonNode at(String pointer) {
        return root.at(pointer);
    }

    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last segment of a pointer. */
    static String lastName(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
