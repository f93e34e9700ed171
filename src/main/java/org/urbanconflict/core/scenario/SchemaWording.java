package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the schema validator's messages into {@link ScenarioProblem}s in plain words: what was found, where, and
 * what is allowed or how to fix it. The validator's own messages ("$.militia: property 'x' is not defined in the
 * schema") speak of schemas; people editing a scenario think in fields and values.
 *
 * <p>A cited value's number is reported under the cited value's pointer ({@code /militia/fighters}, not
 * {@code /militia/fighters/value}) but at the line and column of the number itself.
 */
public final class SchemaWording {
    private final JsonSchemaCheck schema;
    private final LocatedDocument document;
    /** Pointers that an unknown field's "did you mean" already names: their "missing" is the same mistake. */
    private final Set<String> suggested = new HashSet<>();

    private SchemaWording(JsonSchemaCheck schema, LocatedDocument document) {
        this.schema = schema;
        this.document = document;
    }

    /** Validates {@code document} against {@code schema} and words every violation. */
    public static List<ScenarioProblem> check(JsonSchemaCheck schema, LocatedDocument document) {
        SchemaWording wording = new SchemaWording(schema, document);
        Set<String> seen = new HashSet<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document.root())) {
            // The branches of a cited value's oneOf ("required: source", "required: assumption") are summed up by
            // the oneOf message itself.
            if (message.getEvaluationPath().contains("oneOf") && !"oneOf".equals(message.getType())) {
                continue;
            }
            // A bare value where a cited value belongs passes both branches; its type message says it all.
            if ("oneOf".equals(message.getType()) && !message.getInstanceNode().isObject()) {
                continue;
            }
            ScenarioProblem problem = wording.word(message);
            if (seen.add(problem.message())) {
                problems.add(problem);
            }
        }
        problems.removeIf(p -> p.found().equals("missing") && wording.suggested.contains(p.pointer()));
        return problems;
    }

    private ScenarioProblem word(ValidationMessage message) {
        List<String> segments = segments(message.getInstanceLocation());
        String pointer = pointer(segments);
        JsonNode node = document.at(pointer);
        String type = message.getType();
        switch (type) {
            case "additionalProperties":
                return unknownField(segments, message.getProperty());
            case "required":
                return missingField(segments, message.getProperty());
            case "oneOf":
                return sourceOrAssumption(pointer, node);
            case "propertyNames": {
                String name = message.getProperty();
                String at = LocatedDocument.child(pointer, name);
                JsonNode rule = resolved(segments).path("propertyNames");
                return ScenarioProblem.at(document.keyOrigin(at), at, "found the field name \"" + name + "\"",
                        "allowed: " + rule.path("title").asText("another name"));
            }
            case "type":
                return ScenarioProblem.at(document.valueOrigin(pointer), display(segments),
                        "found " + describe(node) + typeSuffix(node), "allowed: " + allowed(schema.at(segments)));
            case "uniqueItems":
                return ScenarioProblem.at(document.valueOrigin(pointer), display(segments),
                        "found " + repeated(node), "allowed: " + allowed(schema.at(segments)));
            default: {
                String allowed = allowed(schema.at(segments));
                if (type.endsWith("aximum") && segments.size() > 1 && "value".equals(segments.get(segments.size() - 1))) {
                    NumericRange range = NumericRange.of(schema, pointer(segments.subList(0, segments.size() - 1)));
                    allowed = range != null && range.title() != null ? range.title() : allowed;
                }
                String hint = allowed.isEmpty() ? plainMessage(message) : "allowed: " + allowed;
                if ("enum".equals(type) && node.isTextual()) {
                    List<String> names = new ArrayList<>();
                    resolved(segments).path("enum").forEach(value -> names.add(value.asText()));
                    hint += Spelling.suggestion(node.asText(), names);
                }
                return ScenarioProblem.at(document.valueOrigin(pointer), display(segments), "found " + describe(node),
                        hint);
            }
        }
    }

    private ScenarioProblem unknownField(List<String> parent, String name) {
        String at = LocatedDocument.child(pointer(parent), name);
        List<String> allowed = fieldNames(resolved(parent));
        String list = allowed.isEmpty() ? "none" : String.join(", ", allowed);
        Spelling.closest(name, allowed).ifPresent(
                closest -> suggested.add(LocatedDocument.child(pointer(parent), closest)));
        return ScenarioProblem.at(document.keyOrigin(at), at, "unknown field",
                "allowed fields here: " + list + Spelling.suggestion(name, allowed));
    }

    private ScenarioProblem missingField(List<String> parent, String name) {
        String parentPointer = pointer(parent);
        String at = LocatedDocument.child(parentPointer, name);
        JsonOrigin origin = document.valueOrigin(parentPointer);
        if ("value".equals(name) && JsonSchemaCheck.isCited(resolved(parent))) {
            return ScenarioProblem.at(origin, parentPointer, "a cited value without \"value\"",
                    "add \"value\": <" + valueTitle(resolved(parent)) + ">");
        }
        List<String> path = new ArrayList<>(parent);
        path.add(name);
        JsonNode raw = schema.at(path);
        JsonNode property = schema.resolve(raw);
        String fix;
        if (JsonSchemaCheck.isCited(property)) {
            fix = "add {\"value\": <" + valueTitle(property) + ">, \"source\": \"...\"}, or \"assumption\": \"...\""
                    + " in place of \"source\" for an assumed value";
        } else if (property != null && "object".equals(property.path("type").asText())) {
            fix = "add \"" + name + "\": {...} with the fields " + String.join(", ", fieldNames(property))
                    + describedAs(raw);
        } else if (property != null && "array".equals(property.path("type").asText())) {
            fix = "add \"" + name + "\": [...], " + allowed(raw);
        } else if (property != null && "string".equals(property.path("type").asText())) {
            fix = "add \"" + name + "\": \"<" + allowed(raw) + ">\"" + describedAs(raw);
        } else {
            fix = "add \"" + name + "\"" + (raw == null ? "" : ": " + allowed(raw));
        }
        return ScenarioProblem.at(origin, at, "missing", fix);
    }

    private ScenarioProblem sourceOrAssumption(String pointer, JsonNode node) {
        JsonOrigin origin = document.valueOrigin(pointer);
        if (node.has("source") && node.has("assumption")) {
            return ScenarioProblem.at(origin, pointer, "a cited value with both \"source\" and \"assumption\"",
                    "keep exactly one: \"source\" when a source gives the value, \"assumption\" when it is assumed"
                            + " (a source's caveat can go in the source text)");
        }
        return ScenarioProblem.at(origin, pointer, "a cited value with neither \"source\" nor \"assumption\"",
                "add \"source\": \"<where the value comes from>\" or \"assumption\": \"<why it is assumed>\"");
    }

    /** What the schema node allows, in words: its title, a cited value's shape, or its type. */
    String allowed(JsonNode raw) {
        JsonNode node = schema.resolve(raw);
        if (node == null) {
            return "";
        }
        if (JsonSchemaCheck.isCited(node)) {
            return "a cited value {\"value\": <" + valueTitle(node) + ">, \"source\": \"...\"}"
                    + " (or \"assumption\": \"...\" in place of \"source\")";
        }
        if (node.has("title")) {
            return node.get("title").asText();
        }
        String type = node.path("type").asText();
        return switch (type) {
            case "object" -> "an object with the fields " + String.join(", ", fieldNames(node));
            case "array" -> "a list";
            case "string" -> "a text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> "";
        };
    }

    private static String valueTitle(JsonNode cited) {
        return cited.path("properties").path("value").path("title").asText("a value");
    }

    private static String describedAs(JsonNode raw) {
        String description = raw == null ? "" : raw.path("description").asText("");
        return description.isEmpty() ? "" : " (" + description + ")";
    }

    private static List<String> fieldNames(JsonNode resolved) {
        List<String> names = new ArrayList<>();
        if (resolved != null) {
            resolved.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private JsonNode resolved(List<String> segments) {
        JsonNode node = schema.resolve(schema.at(segments));
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    /** The pointer to show: a cited value's own pointer for a problem with its "value". */
    private String display(List<String> segments) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1).equals("value")) {
            List<String> parent = segments.subList(0, segments.size() - 1);
            if (JsonSchemaCheck.isCited(schema.resolve(schema.at(parent)))) {
                return pointer(parent);
            }
        }
        return pointer(segments);
    }

    private static String typeSuffix(JsonNode node) {
        if (node.isTextual()) {
            return " (a text)";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? " (a whole number)" : " (a number)";
        }
        if (node.isBoolean()) {
            return " (a true/false)";
        }
        return "";
    }

    private static String repeated(JsonNode list) {
        Set<JsonNode> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        list.forEach(item -> {
            if (!seen.add(item)) {
                twice.add(describe(item));
            }
        });
        return String.join(", ", twice) + " more than once";
    }

    /** A JSON value as a person would write it, shortened when long. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            String text = node.toString();
            return text.length() > 60 ? text.substring(0, 56) + "...\"" : text;
        }
        if (node.isFloatingPointNumber()) {
            BigDecimal exact = new BigDecimal(node.asText()).stripTrailingZeros();
            return exact.abs().compareTo(BigDecimal.valueOf(1e15)) >= 0 ? exact.toString() : exact.toPlainString();
        }
        if (node.isObject()) {
            return node.isEmpty() ? "an empty object" : "an object";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list of " + node.size() + (node.size() == 1 ? " item" : " items");
        }
        return node.asText();
    }

    private static String plainMessage(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return colon >= 0 ? text.substring(colon + 2) : text;
    }

    private static List<String> segments(JsonNodePath path) {
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            segments.add(String.valueOf(path.getElement(i)));
        }
        return segments;
    }

    static String pointer(List<String> segments) {
        String pointer = "";
        for (String segment : segments) {
            pointer = LocatedDocument.child(pointer, segment);
        }
        return pointer;
    }
}
