package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One of the project's JSON Schemas (scenario or map), compiled once, plus a small navigator over its
 * {@code properties}, {@code additionalProperties}, {@code items} and local {@code $ref}s. The navigator lets error
 * messages quote what the schema itself says is allowed (its {@code title}s) and list the allowed field names, so the
 * wording can never drift from the rules.
 *
 * <p>The schemas live in {@code scenarios/} for editors. The build copies them into the jar under {@code schemas/};
 * when they are not on the classpath (running from the source tree) they are read from {@code scenarios/} in the
 * working directory, or in the project that holds the compiled classes ({@code target/classes/../../scenarios}).
 */
public final class JsonSchemaCheck {
    static final String SCENARIO_RESOURCE = "scenario.schema.json";
    static final String MAP_RESOURCE = "maps/map.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;
    private final JsonSchema schema;

    private JsonSchemaCheck(JsonNode root) {
        this.root = root;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    }

    private static JsonSchemaCheck scenario;
    private static JsonSchemaCheck map;

    /** The scenario schema, loaded on first use. */
    public static synchronized JsonSchemaCheck scenario() {
        if (scenario == null) {
            scenario = load(SCENARIO_RESOURCE);
        }
        return scenario;
    }

    /** The map schema, loaded on first use. */
    public static synchronized JsonSchemaCheck map() {
        if (map == null) {
            map = load(MAP_RESOURCE);
        }
        return map;
    }

    private static final java.util.Map<String, JsonSchemaCheck> OTHERS = new java.util.HashMap<>();

    /**
     * Another model's schema, by its path under {@code scenarios/} (e.g. {@code epstein/epstein.schema.json}),
     * loaded on first use from the same places as the scenario schema.
     */
    public static synchronized JsonSchemaCheck named(String resource) {
        return OTHERS.computeIfAbsent(resource, JsonSchemaCheck::load);
    }

    public JsonNode root() {
        return root;
    }

    /** Every rule the document breaks, as raw validator messages. */
    Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }

    /**
     * The schema node that governs the value at {@code segments} (object field names or array indexes), before
     * resolving its {@code $ref}; so a property's own {@code description} is still visible. Null when the schema does
     * not describe that place.
     */
    JsonNode at(List<String> segments) {
        JsonNode node = root;
        for (String segment : segments) {
            JsonNode resolved = resolve(node);
            if (resolved == null) {
                return null;
            }
            JsonNode properties = resolved.path("properties");
            if (properties.has(segment)) {
                node = properties.get(segment);
            } else if (resolved.path("additionalProperties").isObject()) {
                node = resolved.get("additionalProperties");
            } else if (resolved.path("items").isObject() && segment.chars().allMatch(Character::isDigit)) {
                node = resolved.get("items");
            } else {
                return null;
            }
        }
        return node;
    }

    /** Follows local {@code $ref}s ({@code #/$defs/...}) until a node without one; null stays null. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return current;
            }
            JsonNode target = root.at(ref.substring(1));
            current = target.isMissingNode() ? null : target;
        }
        return current;
    }

    /** Whether a (resolved) schema node describes a cited value: an object with value and source fields. */
    public static boolean isCited(JsonNode resolved) {
        return resolved != null && resolved.path("properties").has("value")
                && resolved.path("properties").has("source");
    }

    private static JsonSchemaCheck load(String resource) {
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream("/schemas/" + resource)) {
            if (in != null) {
                return new JsonSchemaCheck(MAPPER.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in schema schemas/" + resource, e);
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("scenarios").resolve(resource));
        projectDirectory().ifPresent(project -> candidates.add(project.resolve("scenarios").resolve(resource)));
        Path file = candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(
                () -> new IllegalStateException("the schema " + resource + " is neither on the classpath (schemas/"
                        + resource + ") nor in " + candidates + "; rebuild the jar or run from the project root"));
        try {
            return new JsonSchemaCheck(MAPPER.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + file, e);
        }
    }

    /** The project folder when running from compiled classes in {@code <project>/target/classes}. */
    private static Optional<Path> projectDirectory() {
        try {
            Path classes = Path.of(JsonSchemaCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = classes.getParent();
            return Files.isDirectory(classes) && target != null && target.getParent() != null
                    ? Optional.of(target.getParent()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
