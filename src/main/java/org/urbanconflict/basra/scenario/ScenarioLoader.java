package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.CanonicalJson;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.CitationStripper;
import org.urbanconflict.core.scenario.JsonOrigin;
import org.urbanconflict.core.scenario.JsonSchemaCheck;
import org.urbanconflict.core.scenario.LocatedDocument;
import org.urbanconflict.core.scenario.LocatedJsonParser;
import org.urbanconflict.core.scenario.ReferencedFile;
import org.urbanconflict.core.scenario.ScenarioInheritance;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import org.urbanconflict.core.scenario.SchemaWording;
import org.urbanconflict.core.scenario.ValidationTarget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.urbanconflict.basra.params.ScenarioParameters;

/**
 * The one way a scenario file becomes a {@link Scenario}. The pipeline:
 * <ol>
 * <li>read the file, remembering the line and column of every value ({@link LocatedJsonParser});</li>
 * <li>follow {@code extends} and merge each file over the one it extends ({@link ScenarioInheritance});</li>
 * <li>validate the merged scenario against {@code scenario.schema.json} ({@link SchemaWording});</li>
 * <li>read and check the map it names ({@link MapReader}), and check the scenario against the map
 * ({@link ScenarioCrossChecks});</li>
 * <li>split values from citations ({@link CitationStripper}) and bind the values into {@link ScenarioParameters}.</li>
 * </ol>
 * Every step runs as far as it can and problems are collected, not thrown one at a time, so a person fixing a file
 * sees all its problems at once.
 */
public final class ScenarioLoader {
    /** Top-level fields that are not parameter sections. */
    private static final Set<String> METADATA = Set.of("name", "description", "map", "validationTargets");

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ScenarioLoader() {
    }

    /**
     * Loads, validates and resolves a scenario file.
     *
     * @throws ScenarioValidationException with every problem found, if there is any
     */
    public static Scenario load(Path file) {
        Outcome outcome = run(file);
        if (!outcome.problems().isEmpty()) {
            throw new ScenarioValidationException(outcome.problems());
        }
        return outcome.scenario();
    }

    /** Every problem of a scenario file and its map, without throwing; an empty list means the file is valid. */
    public static List<ScenarioProblem> validate(Path file) {
        return run(file).problems();
    }

    private record Outcome(Scenario scenario, List<ScenarioProblem> problems) {
    }

    /**
     * Validates and loads a scenario already read and merged over what it extends (the model registry reads each file
     * once, whatever its model).
     *
     * @throws ScenarioValidationException with every problem found, if there is any
     */
    public static Scenario load(LocatedDocument merged, Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        Outcome outcome = run(file, merged, problems);
        if (!outcome.problems().isEmpty()) {
            throw new ScenarioValidationException(outcome.problems());
        }
        return outcome.scenario();
    }

    private static Outcome run(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        LocatedDocument scenario = ScenarioInheritance.resolve(file, problems);
        if (scenario == null) {
            return failed(problems);
        }
        return run(file, scenario, problems);
    }

    private static Outcome run(Path file, LocatedDocument scenario, List<ScenarioProblem> problems) {
        problems.addAll(SchemaWording.check(JsonSchemaCheck.scenario(), scenario));
        if (!scenario.root().isObject()) {
            return failed(problems);
        }
        Path mapFile = null;
        LocatedDocument map = null;
        JsonNode mapName = scenario.at("/map");
        if (mapName.isTextual() && !mapName.asText().isBlank()) {
            JsonOrigin declared = scenario.valueOrigin("/map");
            mapFile = ReferencedFile.resolve(file, declared, "/map", mapName.asText(), "a path to a map file",
                    problems);
            if (mapFile != null && Files.exists(mapFile)) {
                map = MapReader.read(mapFile, problems);
            } else if (mapFile != null) {
                problems.add(ScenarioProblem.at(declared, "/map", "found \"" + mapName.asText() + "\", but " + mapFile
                        + " does not exist", "a path to an existing map file, relative to " + declared.file()));
            }
        }
        ScenarioCrossChecks.check(scenario, map == null ? null : ScenarioCrossChecks.districtIds(map), mapFile,
                problems);
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        if (map == null) {
            throw new IllegalStateException("no map and no problem reported for " + file);
        }
        return build(file, scenario, map, problems);
    }

    private static Outcome build(Path file, LocatedDocument scenario, LocatedDocument map,
            List<ScenarioProblem> problems) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        ObjectNode sections = JsonNodeFactory.instance.objectNode();
        for (Iterator<String> names = scenario.root().fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!METADATA.contains(name)) {
                sections.set(name, CitationStripper.strip(scenario, "/" + name, "", citations));
            }
        }
        CitationStripper.strip(map, "", Citation.MAP_PREFIX, citations);
        ScenarioParameters parameters;
        try {
            parameters = BINDER.treeToValue(sections, ScenarioParameters.class);
        } catch (JsonProcessingException e) {
            // The schema should have caught this; if schema and beans ever disagree, say where.
            String pointer = bindingPointer(e);
            problems.add(ScenarioProblem.at(scenario.valueOrigin(pointer), pointer,
                    "a value the parameter classes cannot take (" + LocatedJsonParser.plain(e.getOriginalMessage())
                            + ")", "this is a mismatch between scenario.schema.json and the parameter classes;"
                            + " please report it"));
            return failed(problems);
        }
        String resolvedJson = CanonicalJson.of(scenario.root());
        // The copy keeps the file's order: the order of the districts is the order of their indices, and so of the
        // runs' random draws. The hash is of the canonical form, so a copy hashes like the original.
        JsonNode mapDocument = withoutSchema(map.root());
        String mapJson = mapDocument.toString();
        String hash = CanonicalJson.sha256(CanonicalJson.of(withoutFileReferences(scenario.root())) + "\n"
                + CanonicalJson.of(mapDocument));
        Scenario result = new Scenario(scenario.root().get("name").asText(),
                scenario.root().get("description").asText(), file, resolvedJson, mapJson, hash, parameters,
                MapReader.build(map), citations, targets(scenario.root().get("validationTargets")));
        return new Outcome(result, List.of());
    }

    private static List<ValidationTarget> targets(JsonNode targets) {
        List<ValidationTarget> result = new ArrayList<>();
        for (JsonNode target : targets) {
            List<ValidationTarget.Condition> conditions = new ArrayList<>();
            for (JsonNode condition : target.get("conditions")) {
                conditions.add(new ValidationTarget.Condition(condition.get("metric").asText(),
                        condition.has("min") ? condition.get("min").asDouble() : null,
                        condition.has("max") ? condition.get("max").asDouble() : null));
            }
            result.add(new ValidationTarget(target.get("id").asText(), target.get("description").asText(),
                    target.get("source").asText(), conditions));
        }
        return result;
    }

    private static String bindingPointer(JsonProcessingException e) {
        StringBuilder pointer = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                String step = reference.getFieldName() != null
                        ? LocatedDocument.child("", reference.getFieldName())
                        : "/" + reference.getIndex();
                pointer.append(step);
            }
        }
        return pointer.toString();
    }

    /**
     * The scenario without the fields that name other files ({@code $schema}, {@code extends}, {@code map}): what the
     * hash covers, with the map's own content. A results folder's self-contained copy, whose map field names the
     * copied map, therefore has the same hash as the file it was copied from.
     */
    private static JsonNode withoutFileReferences(JsonNode root) {
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        copy.remove(List.of("$schema", "extends", "map"));
        return copy;
    }

    private static JsonNode withoutSchema(JsonNode root) {
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        copy.remove("$schema");
        return copy;
    }

    private static Outcome failed(List<ScenarioProblem> problems) {
        List<ScenarioProblem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparing((ScenarioProblem p) -> p.file().toString())
                .thenComparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column)
                .thenComparing(ScenarioProblem::pointer)
                .thenComparing(ScenarioProblem::found));
        return new Outcome(null, List.copyOf(ordered));
    }
}
