package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON file into a tree while recording the line and column of every value and field name. Jackson's
 * {@code readTree} forgets positions, and a validation message without a line number sends people hunting, so the
 * tree is built here from the streaming parser instead.
 */
public final class LocatedJsonParser {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final Map<String, JsonOrigin> values = new LinkedHashMap<>();
    private final Map<String, JsonOrigin> keys = new LinkedHashMap<>();

    private LocatedJsonParser(Path file) {
        this.file = file;
    }

    /** Larger files are refused unread: no scenario or map comes near, and reading them could exhaust memory. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /**
     * Reads and parses {@code file}. Returns null, after adding one problem to {@code problems}, when the file is
     * missing, unreadable or not well-formed JSON.
     *
     * @param what what the file should be, for messages: "scenario file", "map file"
     */
    public static LocatedDocument read(Path file, String what, List<ScenarioProblem> problems) {
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                problems.add(ScenarioProblem.at(JsonOrigin.wholeFile(file), "", "not a regular file (a folder, a"
                        + " device or a pipe)", "give the path of a " + what + " saved as a file"));
                return null;
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                problems.add(ScenarioProblem.at(JsonOrigin.wholeFile(file), "", "a file of " + Files.size(file)
                        + " bytes", "allowed: a " + what + " of at most " + MAX_BYTES / (1024 * 1024) + " MiB (the"
                        + " shipped ones are a few dozen kilobytes)"));
                return null;
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            problems.add(ScenarioProblem.at(JsonOrigin.wholeFile(file), "", "no such " + what,
                    "give the path of an existing " + what));
            return null;
        } catch (MalformedInputException e) {
            problems.add(ScenarioProblem.at(JsonOrigin.wholeFile(file), "", "the " + what + " is not UTF-8 text",
                    "save it as UTF-8"));
            return null;
        } catch (IOException e) {
            problems.add(ScenarioProblem.at(JsonOrigin.wholeFile(file), "", "the " + what + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", "check that it is a readable file"));
            return null;
        }
        return parse(file, text, problems);
    }

    /** Parses JSON text that came from {@code file}; see {@link #read}. */
    static LocatedDocument parse(Path file, String text, List<ScenarioProblem> problems) {
        LocatedJsonParser reader = new LocatedJsonParser(file);
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add(ScenarioProblem.at(new JsonOrigin(file, 1, 1), "", "an empty file",
                        "a JSON object { ... }"));
                return null;
            }
            JsonNode root = reader.readValue(parser);
            if (parser.nextToken() != null) {
                problems.add(ScenarioProblem.at(reader.origin(parser.currentTokenLocation()), "",
                        "more text after the end of the JSON document", "a single JSON object; remove the extra text"));
                return null;
            }
            return new LocatedDocument(file, root, reader.values, reader.keys);
        } catch (Unusable e) {
            problems.add(e.problem);
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            JsonOrigin origin = location == null ? JsonOrigin.wholeFile(file) : reader.origin(location);
            String pointer = e.getProcessor() instanceof JsonParser parser
                    ? parser.getParsingContext().pathAsPointer().toString() : "";
            problems.add(ScenarioProblem.at(origin, pointer, "malformed JSON: " + plain(e.getOriginalMessage()),
                    "fix the syntax here or just before it (a missing comma, quote or bracket is the usual cause;"
                            + " JSON allows no comments and no trailing commas)"));
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    private JsonNode readValue(JsonParser parser) throws IOException {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        values.put(pointer, origin(parser.currentTokenLocation()));
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    keys.put(parser.getParsingContext().pathAsPointer().toString(),
                            origin(parser.currentTokenLocation()));
                    wholeCharacters(parser, name, "a field name");
                    parser.nextToken();
                    object.set(name, readValue(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(wholeCharacters(parser, parser.getText(), "text"));
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> throw tooLarge(parser);
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw tooLarge(parser);
                }
                return NODES.numberNode(value);
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + parser.currentToken());
        }
    }

    /** A value this tool cannot hold, found while reading: one located problem, and reading stops. */
    private static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient ScenarioProblem problem;

        Unusable(ScenarioProblem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    private Unusable tooLarge(JsonParser parser) throws IOException {
        String text = parser.getText();
        return new Unusable(ScenarioProblem.at(origin(parser.currentTokenLocation()),
                parser.getParsingContext().pathAsPointer().toString(), "found " + (text.length() > 30
                        ? text.substring(0, 27) + "..." : text) + ", a number too large for this tool",
                "allowed: numbers below 9.2e18 for whole numbers and 1.7e308 otherwise (the parameter's own range is"
                        + " much smaller)"));
    }

    /**
     * The text, if every character in it is whole: JSON escapes can write half of a character (a lone UTF-16
     * surrogate such as \ud800), which no file can be written with later, so it is refused here, where the place is
     * known, instead of failing when results are written.
     */
    private String wholeCharacters(JsonParser parser, String text, String what) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Unusable(ScenarioProblem.at(origin(parser.currentTokenLocation()),
                        parser.getParsingContext().pathAsPointer().toString(), String.format(
                                "found %s with half a character in it (\\u%04x at position %d)", what, (int) c,
                                i + 1), "allowed: text of whole characters; remove the \\u escape or complete its"
                                + " pair"));
            }
        }
        return text;
    }

    private JsonOrigin origin(JsonLocation location) {
        return new JsonOrigin(file, location.getLineNr(), location.getColumnNr());
    }

    /**
     * Jackson's message without its noise: character codes, the source description and the Java-oriented advice
     * that follows a newline.
     */
    public static String plain(String message) {
        String text = message == null ? "unreadable JSON" : message;
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline);
        }
        // A file that is not JSON at all (a key, a password file) must not be echoed back: name no token.
        text = text.replaceAll("(?s)Unrecognized token '.*?': was expecting.*", "a bare word here, which JSON does"
                + " not allow (text needs double quotes; the only bare words are true, false and null)");
        text = text.replaceAll("\\('(.{1,2})' \\(code \\d+\\)\\)", "'$1'")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\(for .*? starting at \\[Source:.*?\\]\\)", "")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "(a string, number, array, object, true, false or null)");
        return text.trim();
    }
}
