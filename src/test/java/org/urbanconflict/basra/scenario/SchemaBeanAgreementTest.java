package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.JsonSchemaCheck;
import org.urbanconflict.core.scenario.NumericRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.params.ScenarioParameters;
import org.urbanconflict.basra.params.UnitType;
import sim.util.Interval;

/**
 * The scenario schema and the parameter beans describe the same fields: a field added to a bean and forgotten in the
 * schema (or the reverse) fails here, not in a student's scenario file. Also checks that each schema description is
 * the bean's {@code desX()} tooltip, that the required lists name every field, that the value types agree, and that
 * each number's {@code domX()} range (the GUI's slider, to which it clamps typed values) agrees with the range the
 * loader enforces.
 */
class SchemaBeanAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> METADATA = Set.of("$schema", "extends", "name", "description", "map",
            "validationTargets");
    private static final Map<Class<?>, String> JSON_TYPE = Map.of(int.class, "integer", long.class, "integer",
            double.class, "number", boolean.class, "boolean", String.class, "string", List.class, "array");

    private final JsonSchemaCheck schema = JsonSchemaCheck.scenario();
    private final JsonNode defs = schema.root().get("$defs");

    @Test
    void topLevelSectionsMatchScenarioParameters() {
        Set<String> sections = new TreeSet<>();
        schema.root().get("properties").fieldNames().forEachRemaining(sections::add);
        sections.removeAll(METADATA);
        assertEquals(new TreeSet<>(properties(ScenarioParameters.class)), sections);

        Set<String> required = names(defs.at("/complete/required"));
        Set<String> expected = new TreeSet<>(properties(ScenarioParameters.class));
        expected.addAll(List.of("name", "description", "map", "validationTargets"));
        assertEquals(expected, new TreeSet<>(required), "a complete scenario requires every section");
    }

    @Test
    void everyBeanPropertyIsInTheSchemaAndViceVersa() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String section : properties(ScenarioParameters.class)) {
            JsonNode property = schema.root().at("/properties/" + section);
            Class<?> type = propertyType(ScenarioParameters.class, section);
            checkBean(type, defName(property), "/" + section, checked);
            assertEquals("#/$defs/" + defName(property) + "Complete",
                    defs.at("/complete/properties/" + section + "/$ref").asText(), section);
            assertDescription(ScenarioParameters.class, section, property);
        }
        assertTrue(checked.size() > 100, "checked " + checked.size() + " leaves");
    }

    private void checkBean(Class<?> bean, String defName, String path, List<String> checked) throws Exception {
        JsonNode def = defs.get(defName);
        assertEquals(false, def.get("additionalProperties").asBoolean(true), defName + " rejects unknown fields");
        Set<String> inSchema = names(def.get("properties").fieldNames());
        Set<String> inBean = new LinkedHashSet<>(properties(bean));
        assertEquals(new TreeSet<>(inBean), new TreeSet<>(inSchema), "fields of " + path + " (" + bean.getSimpleName()
                + " vs $defs/" + defName + ")");
        assertEquals(new TreeSet<>(inBean), new TreeSet<>(names(defs.at("/" + defName + "Complete/required"))),
                "required fields of " + path);
        for (String name : inBean) {
            JsonNode property = def.get("properties").get(name);
            Class<?> type = propertyType(bean, name);
            assertDescription(bean, name, property);
            if (type.getPackage() == ScenarioParameters.class.getPackage() && !type.isEnum()) {
                checkBean(type, defName(property), path + "/" + name, checked);
                assertEquals("#/$defs/" + defName(property) + "Complete",
                        defs.at("/" + defName + "Complete/properties/" + name + "/$ref").asText(), path + "/" + name);
            } else {
                JsonNode cited = schema.resolve(property);
                assertTrue(JsonSchemaCheck.isCited(cited), path + "/" + name + " is a cited value");
                String jsonType = cited.at("/properties/value/type").asText();
                assertEquals(JSON_TYPE.get(type), jsonType, path + "/" + name + " has a " + type.getSimpleName());
                if (jsonType.equals("integer") || jsonType.equals("number")) {
                    assertDomainFollowsSchema(bean, name, schema.resolve(cited.at("/properties/value")),
                            path + "/" + name);
                    assertSliderWithinLimit(bean, name, NumericRange.limit(property), path + "/" + name);
                }
                checked.add(path + "/" + name);
            }
        }
    }

    private static void assertDescription(Class<?> bean, String name, JsonNode property) throws Exception {
        String des = (String) bean.getMethod("des" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .invoke(bean.getDeclaredConstructor().newInstance());
        assertEquals(des, property.path("description").asText(), "description of " + bean.getSimpleName() + "."
                + name + " is its desX() tooltip");
    }

    /**
     * The rule for a number: its {@code domX()} is an {@link Interval} whose lower end is the schema's {@code minimum}
     * (or, for an {@code exclusiveMinimum}, lies above it) and whose upper end is the schema's {@code maximum}. Where
     * the schema sets no maximum (counts, weights, multipliers), the upper end is only where the slider stops: it
     * must be finite and above the lower end, and the scenarios' own values must lie below it (ModelTabBeansTest).
     * So a slider never offers a value the loader would reject, and clamping a typed value never moves a value the
     * loader accepts from a file with a bounded range.
     */
    private static void assertDomainFollowsSchema(Class<?> bean, String name, JsonNode value, String path)
            throws Exception {
        Object domain = bean.getMethod("dom" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .invoke(bean.getDeclaredConstructor().newInstance());
        assertTrue(domain instanceof Interval, path + " has a domX() Interval (a slider)");
        double min = ((Interval) domain).getMin().doubleValue();
        double max = ((Interval) domain).getMax().doubleValue();
        if (value.has("minimum")) {
            assertEquals(value.get("minimum").asDouble(), min, path + ": slider starts at the schema's minimum");
        } else {
            assertTrue(value.has("exclusiveMinimum"), path + ": the schema bounds it below");
            assertTrue(min > value.get("exclusiveMinimum").asDouble(), path + ": slider starts above the schema's "
                    + "exclusiveMinimum");
        }
        if (value.has("maximum")) {
            assertEquals(value.get("maximum").asDouble(), max, path + ": slider ends at the schema's maximum");
        } else {
            assertTrue(!value.has("exclusiveMaximum") && Double.isFinite(max) && max > min, path
                    + ": slider ends somewhere above its start");
        }
    }

    /**
     * Where a field sets a limit beside its cited type (issue 13 items 2 and 9: the highest value whose run still
     * finishes in bounded time and memory), its slider must end at or below it, so the GUI never offers a value the
     * loader refuses. Every count, rate and multiplier without a bounded type has such a limit.
     */
    private static void assertSliderWithinLimit(Class<?> bean, String name, double limit, String path)
            throws Exception {
        Object domain = bean.getMethod("dom" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .invoke(bean.getDeclaredConstructor().newInstance());
        double max = ((Interval) domain).getMax().doubleValue();
        assertTrue(max <= limit, path + ": slider ends at " + max + ", above the schema's limit " + limit);
    }

    @Test
    void everyUnboundedNumberHasALimit() {
        List<String> unbounded = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        schema.root().get("properties").fields().forEachRemaining(section -> {
            if (!METADATA.contains(section.getKey())) {
                citedPointers(section.getValue(), "/" + section.getKey(), pointers);
            }
        });
        assertTrue(pointers.size() > 100, "found " + pointers.size() + " cited values");
        for (String pointer : pointers) {
            NumericRange range = NumericRange.of(schema, pointer);
            if (range != null && Double.isInfinite(range.max())) {
                unbounded.add(pointer);
            }
        }
        assertEquals(List.of(), unbounded, "every count, rate and multiplier has a maximum (issue 13 item 9)");
    }

    private void citedPointers(JsonNode node, String path, List<String> out) {
        JsonNode resolved = schema.resolve(node);
        if (JsonSchemaCheck.isCited(resolved)) {
            out.add(path);
        } else if (resolved != null) {
            resolved.path("properties").fields().forEachRemaining(e -> citedPointers(e.getValue(), path + "/"
                    + e.getKey(), out));
        }
    }

    @Test
    void unitTypeNamesAgree() {
        List<String> jsonNames = Arrays.stream(UnitType.values()).map(UnitType::jsonName).toList();
        assertEquals(jsonNames, list(defs.at("/citedUnitType/properties/value/enum")));
        assertEquals(new TreeSet<>(jsonNames), new TreeSet<>(names(defs.at("/unitTypes/properties").fieldNames())));
    }

    @Test
    void mapSchemaAgreesWithFactionsAndTerrain() {
        JsonNode mapDefs = JsonSchemaCheck.map().root().get("$defs");
        assertEquals(Arrays.stream(Faction.values()).map(Faction::jsonName).toList(),
                list(mapDefs.at("/citedFaction/properties/value/enum")));
        List<String> terrain = Arrays.stream(Terrain.values()).filter(t -> t != Terrain.URBAN)
                .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(terrain, list(mapDefs.at("/legendEntry/properties/terrain/enum")));
    }

    @Test
    void schemasAreValidDraft202012() {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (JsonSchemaCheck check : List.of(JsonSchemaCheck.scenario(), JsonSchemaCheck.map())) {
            Set<ValidationMessage> messages = meta.validate(check.root());
            assertTrue(messages.isEmpty(), messages.toString());
        }
    }

    private static List<String> properties(Class<?> bean) {
        BeanDescription description = MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(bean));
        List<String> names = new ArrayList<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.hasSetter()) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private static Class<?> propertyType(Class<?> bean, String name) {
        BeanDescription description = MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(bean));
        return description.findProperties().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow()
                .getSetter().getRawParameterType(0);
    }

    private static String defName(JsonNode property) {
        String ref = property.path("$ref").asText();
        assertTrue(ref.startsWith("#/$defs/"), "a $ref to a definition: " + property);
        return ref.substring("#/$defs/".length());
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        array.forEach(item -> names.add(item.asText()));
        return names;
    }

    private static Set<String> names(java.util.Iterator<String> iterator) {
        Set<String> names = new LinkedHashSet<>();
        iterator.forEachRemaining(names::add);
        return names;
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
