package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves {@code "extends"}: reads the chain of files a scenario extends and merges each child over its parent, so
 * that a what-if file states only what it changes.
 *
 * <p>Merge rules: objects merge field by field; a cited value (an object with a {@code "value"} field), an array, a
 * scalar and {@code validationTargets} replace what they override; {@code $schema} and {@code extends} belong to
 * their own file and are not inherited. Each merged value keeps the origin of the file that set it.
 */
public final class ScenarioInheritance {
    private static final String EXTENDS = "extends";
    private static final String SCHEMA = "$schema";

    private ScenarioInheritance() {
    }

    /**
     * The merged document of {@code file} and everything it extends, with {@code extends} and {@code $schema} removed;
     * or null, with problems added, when a file in the chain cannot be read or the chain loops.
     */
    public static LocatedDocument resolve(Path file, List<ScenarioProblem> problems) {
        return resolve(file, new ArrayList<>(), problems);
    }

    private static LocatedDocument resolve(Path file, List<Path> chain, List<ScenarioProblem> problems) {
        LocatedDocument document = LocatedJsonParser.read(file, "scenario file", problems);
        if (document == null) {
            return null;
        }
        if (!document.root().isObject()) {
            return document; // the schema reports that a scenario must be an object
        }
        JsonNode extendsNode = document.root().get(EXTENDS);
        if (extendsNode == null) {
            return withoutFileFields(document);
        }
        JsonOrigin at = document.valueOrigin("/" + EXTENDS);
        if (!extendsNode.isTextual() || extendsNode.asText().isBlank()) {
            problems.add(ScenarioProblem.at(at, "/" + EXTENDS, "found " + extendsNode,
                    "allowed: a path to another scenario file, relative to this one, e.g. \"../basra-2008.json\""));
            return null;
        }
        Path parentFile = ReferencedFile.resolve(chain.isEmpty() ? file : chain.get(0), at, "/" + EXTENDS,
                extendsNode.asText(), "a path to another scenario file", problems);
        if (parentFile == null) {
            return null;
        }
        List<Path> here = new ArrayList<>(chain);
        here.add(file);
        if (here.stream().anyMatch(seen -> sameFile(seen, parentFile))) {
            String loop = here.stream().map(Path::toString).collect(Collectors.joining(" -> "))
                    + " -> " + parentFile;
            problems.add(ScenarioProblem.at(at, "/" + EXTENDS, "found a cycle of extends: " + loop,
                    "a chain that ends in a complete scenario; remove \"extends\" from one of these files"));
            return null;
        }
        if (!Files.exists(parentFile)) {
            problems.add(ScenarioProblem.at(at, "/" + EXTENDS, "found \"" + extendsNode.asText() + "\", but "
                    + parentFile + " does not exist", "a path to an existing scenario file, relative to " + file));
            return null;
        }
        List<ScenarioProblem> parentProblems = new ArrayList<>();
        LocatedDocument parent = resolve(parentFile, here, parentProblems);
        if (parent == null) {
            problems.addAll(parentProblems);
            if (parentProblems.stream().noneMatch(p -> p.found().startsWith("found a cycle"))) {
                problems.add(ScenarioProblem.at(at, "/" + EXTENDS, "the scenario it extends, " + parentFile
                        + ", has the problems above", "fix them first"));
            }
            return null;
        }
        problems.addAll(parentProblems);
        if (!parent.root().isObject()) {
            problems.add(ScenarioProblem.at(parent.valueOrigin(""), "", "found " + SchemaWording.describe(parent.root())
                    + " at the top of the scenario it extends", "a JSON object { ... }"));
            return null;
        }
        return merge(parent, withoutFileFields(document));
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static LocatedDocument withoutFileFields(LocatedDocument document) {
        ObjectNode root = ((ObjectNode) document.root()).deepCopy();
        root.remove(EXTENDS);
        root.remove(SCHEMA);
        LocatedDocument copy = new LocatedDocument(document.file(), root, document.valueOrigins(),
                document.keyOrigins());
        removeSubtree(copy.valueOrigins(), "/" + EXTENDS);
        removeSubtree(copy.keyOrigins(), "/" + EXTENDS);
        removeSubtree(copy.valueOrigins(), "/" + SCHEMA);
        removeSubtree(copy.keyOrigins(), "/" + SCHEMA);
        return copy;
    }

    /** The child merged over the parent; neither is modified. */
    static LocatedDocument merge(LocatedDocument parent, LocatedDocument child) {
        ObjectNode root = ((ObjectNode) parent.root()).deepCopy();
        Map<String, JsonOrigin> values = new LinkedHashMap<>(parent.valueOrigins());
        Map<String, JsonOrigin> keys = new LinkedHashMap<>(parent.keyOrigins());
        values.put("", child.valueOrigin(""));
        mergeObject(root, (ObjectNode) child.root(), "", child, values, keys);
        return new LocatedDocument(child.file(), root, values, keys);
    }

    private static void mergeObject(ObjectNode target, ObjectNode overlay, String pointer, LocatedDocument child,
            Map<String, JsonOrigin> values, Map<String, JsonOrigin> keys) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode replacement = field.getValue();
            JsonNode existing = target.get(name);
            String at = LocatedDocument.child(pointer, name);
            keys.put(at, child.keyOrigin(at));
            boolean mergeable = existing != null && existing.isObject() && replacement.isObject()
                    && !isCited(existing) && !isCited(replacement)
                    && !(pointer.isEmpty() && name.equals("validationTargets"));
            if (mergeable) {
                values.put(at, child.valueOrigin(at));
                mergeObject((ObjectNode) existing, (ObjectNode) replacement, at, child, values, keys);
            } else {
                target.set(name, replacement.deepCopy());
                removeSubtree(values, at);
                removeSubtree(keys, at);
                copySubtree(child.valueOrigins(), values, at);
                copySubtree(child.keyOrigins(), keys, at);
            }
        }
    }

    /** A cited value is an object with a "value" field: it is replaced whole, so source and value stay together. */
    static boolean isCited(JsonNode node) {
        return node.isObject() && node.has("value");
    }

    private static void removeSubtree(Map<String, JsonOrigin> origins, String pointer) {
        origins.keySet().removeIf(key -> key.equals(pointer) || key.startsWith(pointer + "/"));
    }

    private static void copySubtree(Map<String, JsonOrigin> from, Map<String, JsonOrigin> to, String pointer) {
        from.forEach((key, origin) -> {
            if (key.equals(pointer) || key.startsWith(pointer + "/")) {
                to.put(key, origin);
            }
        });
    }
}
