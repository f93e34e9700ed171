package org.urbanconflict.core.scenario;


import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file of any model of the library, read the way Basra scenarios are: positions of every value kept
 * ({@link LocatedJsonParser}), {@code "extends"} merged ({@link ScenarioInheritance}), checked against the model's
 * JSON Schema with the same plain-worded problems ({@link SchemaWording}), and split into plain values and their
 * citations ({@link CitationStripper}). A model's own loader binds the plain values and adds its cross-checks,
 * worded and positioned through {@link #problem}.
 */
public final class CitedFile {
    private final LocatedDocument document;
    private final JsonNode plain;
    private final Map<String, Citation> citations;

    private CitedFile(LocatedDocument document, JsonNode plain, Map<String, Citation> citations) {
        this.document = document;
        this.plain = plain;
        this.citations = citations;
    }

    /**
     * Reads, merges and checks {@code file} against the schema at {@code schema} (a path under {@code scenarios/},
     * e.g. {@code epstein/epstein.schema.json}, which the build also puts in the jar). Adds every problem found to
     * {@code problems}; returns the file even when the schema found problems (so cross-checks can add theirs), or
     * null when it could not be read as a JSON object at all.
     */
    public static CitedFile read(Path file, String schema, List<ScenarioProblem> problems) {
        LocatedDocument document = ScenarioInheritance.resolve(file, problems);
        return document == null ? null : of(document, schema, problems);
    }

    /** As {@link #read}, for a document already read and merged (by the model registry). */
    public static CitedFile of(LocatedDocument document, String schema, List<ScenarioProblem> problems) {
        problems.addAll(SchemaWording.check(JsonSchemaCheck.named(schema), document));
        if (!document.root().isObject()) {
            return null;
        }
        Map<String, Citation> citations = new LinkedHashMap<>();
        JsonNode plain = CitationStripper.strip(document, "", "", citations);
        return new CitedFile(document, plain, citations);
    }

    /** The merged document with each cited value replaced by its value. */
    public JsonNode plain() {
        return plain;
    }

    /** The merged document as written, citations included ({@code extends} and {@code $schema} removed). */
    public JsonNode cited() {
        return document.root();
    }

    /** The merged document as canonical JSON (keys sorted, no whitespace): equal content gives equal text. */
    public String canonicalJson() {
        return CanonicalJson.of(document.root());
    }

    /** Each cited value's source or assumption, by JSON Pointer, in document order. */
    public Map<String, Citation> citations() {
        return citations;
    }

    /** A problem at the value of {@code pointer}, in the file and at the line that set it. */
    public ScenarioProblem problem(String pointer, String found, String allowed) {
        return ScenarioProblem.at(document.valueOrigin(pointer), pointer, found, allowed);
    }

    /** Problems ordered by file, line and column, in the order every loader reports them. */
    public static List<ScenarioProblem> ordered(List<ScenarioProblem> problems) {
        List<ScenarioProblem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparing((ScenarioProblem p) -> p.file().toString())
                .thenComparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column)
                .thenComparing(ScenarioProblem::pointer)
                .thenComparing(ScenarioProblem::found));
        return List.copyOf(ordered);
    }
}
