package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.CanonicalJson;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ScenarioProblem;
import org.urbanconflict.core.scenario.ScenarioValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.urbanconflict.basra.scenario.ScenarioFixture.lineColumn;
import static org.urbanconflict.basra.scenario.ScenarioFixture.position;
import static org.urbanconflict.basra.scenario.ScenarioFixture.replace;
import static org.urbanconflict.basra.scenario.ScenarioFixture.setScalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline loads cleanly, and each kind of mistake in a scenario file is reported where it is, in plain words. */
class ScenarioLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ScenarioFixture fixture() {
        return new ScenarioFixture(dir);
    }

    @Test
    void baselineHasNoProblems() {
        List<ScenarioProblem> problems = ScenarioLoader.validate(ScenarioFixture.BASELINE);
        assertTrue(problems.isEmpty(), ScenarioFixture.describe(problems));
    }

    @Test
    void baselineLoadsItsValuesMapAndTargets() throws Exception {
        Scenario scenario = ScenarioLoader.load(ScenarioFixture.BASELINE);
        JsonNode raw = JSON.readTree(ScenarioFixture.BASELINE.toFile());
        JsonNode rawMap = JSON.readTree(ScenarioFixture.BASELINE_MAP.toFile());
        assertEquals(raw.get("name").asText(), scenario.name());
        assertEquals(raw.at("/militia/fighters/value").asInt(), scenario.parameters().getMilitia().getFighters());
        assertEquals(raw.at("/militia/standDownCompliance/value").asDouble(),
                scenario.parameters().getMilitia().getStandDownCompliance());
        assertEquals(raw.at("/government/types/army/role/value").asText(),
                scenario.parameters().getGovernment().getTypes().getArmy().getRole());
        assertEquals(raw.at("/government/objectives/value").size(),
                scenario.parameters().getGovernment().getObjectives().size());
        assertEquals(raw.get("validationTargets").size(), scenario.targets().size());
        assertEquals(rawMap.get("districts").size(), scenario.map().districts().size());
        assertEquals(rawMap.get("rows").size(), scenario.map().height());
        assertEquals(rawMap.get("rows").get(0).asText().length(), scenario.map().width());
        String firstDistrict = rawMap.get("districts").fieldNames().next();
        assertEquals(0, scenario.map().district(firstDistrict).orElseThrow().index());
    }

    @Test
    void everyCitedLeafOfBaselineAndMapHasItsCitation() throws Exception {
        Scenario scenario = ScenarioLoader.load(ScenarioFixture.BASELINE);
        List<String> expected = new ArrayList<>();
        citedPointers(JSON.readTree(ScenarioFixture.BASELINE.toFile()), "", "", expected);
        citedPointers(JSON.readTree(ScenarioFixture.BASELINE_MAP.toFile()), "", "map:", expected);
        assertEquals(expected, new ArrayList<>(scenario.citations().keySet()), "citations, in document order");
        Citation fighters = scenario.citations().get("/militia/fighters");
        assertEquals(String.valueOf(scenario.parameters().getMilitia().getFighters()), fighters.value());
        assertTrue(fighters.file().endsWith("basra-2008.json"), fighters.file());
        assertTrue(scenario.citations().get("map:/districts/hayaniya/population").file().endsWith("basra.json"));
        for (Citation citation : scenario.citations().values()) {
            assertTrue(citation.source() == null ^ citation.assumption() == null, citation.pointer());
        }
    }

    private static void citedPointers(JsonNode node, String pointer, String prefix, List<String> out) {
        if (node.isObject() && node.has("value")) {
            out.add(prefix + pointer);
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                citedPointers(field.getValue(), pointer + "/" + field.getKey(), prefix, out);
            }
        }
    }

    @Test
    void hashIsStableAcrossLoadsAndFormattingButChangesWithAValue() throws Exception {
        ScenarioFixture fixture = fixture();
        String first = ScenarioLoader.load(fixture.scenario).hash();
        assertEquals(first, ScenarioLoader.load(fixture.scenario).hash());
        assertEquals(first, ScenarioLoader.load(ScenarioFixture.BASELINE).hash(), "the copy hashes like the original");

        // Same content, other layout and key order: same hash.
        JsonNode tree = JSON.readTree(fixture.scenario.toFile());
        ScenarioFixture.write(fixture.scenario, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(JSON.readTree(CanonicalJson.of(tree))));
        assertEquals(first, ScenarioLoader.load(fixture.scenario).hash());

        ScenarioFixture.editJson(fixture.scenario,
                root -> ((ObjectNode) root.at("/militia/fighters")).put("value", 7001));
        assertNotEquals(first, ScenarioLoader.load(fixture.scenario).hash());
    }

    @Test
    void hashCoversTheMap() {
        ScenarioFixture fixture = fixture();
        String before = ScenarioLoader.load(fixture.scenario).hash();
        setScalar(fixture.map, "\"value\": 30000", "1");
        assertNotEquals(before, ScenarioLoader.load(fixture.scenario).hash());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"horizonDays\": {\"value\": ", "\"horizonDays\": {\"value\": ,");
        String expected = position(fixture.scenario, "\"horizonDays\": {\"value\": ,", 25);
        List<ScenarioProblem> problems = fixture.problems();
        assertEquals(1, problems.size(), ScenarioFixture.describe(problems));
        ScenarioProblem problem = problems.get(0);
        assertEquals(expected, lineColumn(problem));
        assertTrue(problem.found().startsWith("malformed JSON: Unexpected character ','"), problem.found());
        assertFalse(problem.message().contains("code 44"), "no parser noise: " + problem.message());
        assertFalse(problem.message().contains("Source:"), "no parser noise: " + problem.message());
    }

    @Test
    void duplicateKeyIsMalformed() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"cellSize\": {", "\"fighters\": {\"value\": 1, \"source\": \"x\"}, \"cellSize\": {");
        ScenarioProblem problem = fixture.problems().get(0);
        assertTrue(problem.found().contains("Duplicate field 'fighters'"), problem.message());
    }

    @Test
    void probabilityAboveOneIsReportedAtTheNumber() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"standDownCompliance\": {\"value\": ", "1.4");
        String at = position(fixture.scenario, "\"standDownCompliance\": {\"value\": 1.4", 33);
        ScenarioProblem problem = fixture.only("/militia/standDownCompliance");
        assertEquals(fixture.scenario + ":" + at
                + ": /militia/standDownCompliance: found 1.4; allowed: a probability between 0 and 1",
                problem.message());
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"fighters\":", "\"fightrs\":");
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem unknown = ScenarioFixture.only(problems, "/militia/fightrs");
        assertEquals(position(fixture.scenario, "\"fightrs\"", 0), lineColumn(unknown));
        assertEquals("unknown field", unknown.found());
        assertTrue(unknown.allowed().startsWith("allowed fields here: fighters, cellSize, strongholdShare"),
                unknown.allowed());
        assertTrue(unknown.allowed().endsWith("did you mean 'fighters'?"), unknown.allowed());
        assertEquals(1, problems.size(), "the typo is one problem, not also a missing 'fighters': "
                + ScenarioFixture.describe(problems));
    }

    @Test
    void unknownFieldInsideACitedValue() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"iedsPerCell\": {\"value\": 4, \"assumption\"", "\"iedsPerCell\": {\"value\": 4, \"asumption\"");
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem unknown = ScenarioFixture.only(problems, "/militia/iedsPerCell/asumption");
        assertEquals("allowed fields here: value, source, assumption; did you mean 'assumption'?", unknown.allowed());
        ScenarioProblem uncited = ScenarioFixture.only(problems, "/militia/iedsPerCell");
        assertTrue(uncited.found().contains("neither \"source\" nor \"assumption\""), uncited.message());
    }

    @Test
    void missingFieldSaysWhatToAdd() throws Exception {
        ScenarioFixture fixture = fixture();
        JsonNode killed = JSON.readTree(ScenarioFixture.read(fixture.scenario)).at("/civilians/killedFraction");
        replace(fixture.scenario, "\"killedFraction\": " + compact(killed) + ",", "");
        ScenarioProblem problem = fixture.only("/civilians/killedFraction");
        assertEquals("missing", problem.found());
        assertTrue(problem.allowed().startsWith(
                "add {\"value\": <a probability between 0 and 1>, \"source\": \"...\"}"), problem.allowed());
        assertEquals(position(fixture.scenario, "\"civilians\": {", 13), lineColumn(problem),
                "at the object that lacks the field");
    }

    /** The baseline writes each cited value on one line as {"value": X, "source": "..."}. */
    private static String compact(JsonNode cited) throws Exception {
        String key = cited.has("source") ? "source" : "assumption";
        return "{\"value\": " + cited.get("value") + ", \"" + key + "\": " + JSON.writeValueAsString(cited.get(key))
                + "}";
    }

    @Test
    void missingSectionListsItsFields() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"outcome\": {", "\"endings\": {");
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem problem = ScenarioFixture.only(problems, "/outcome");
        assertTrue(problem.allowed().startsWith("add \"outcome\": {...} with the fields victoryControlShare, "
                + "collapseActiveShare, collapseControlShare"), problem.allowed());
        assertEquals("unknown field", ScenarioFixture.only(problems, "/endings").found());
    }

    @Test
    void textWhereANumberBelongs() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"engagementProbability\": {\"value\": ", "\"often\"");
        ScenarioProblem problem = fixture.only("/combat/engagementProbability");
        assertEquals("found \"often\" (a text)", problem.found());
        assertEquals("allowed: a probability between 0 and 1", problem.allowed());
    }

    @Test
    void bareNumberWhereACitedValueBelongsIsOneProblem() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"cellSize\": {\"value\": 120,", "\"cellSize\": 120, \"x\": {\"value\": 120,");
        ScenarioProblem problem = fixture.only("/militia/cellSize");
        assertEquals("found 120 (a whole number)", problem.found());
        assertTrue(problem.allowed().startsWith("allowed: a cited value {\"value\": <a whole number, 1 or more>, "
                + "\"source\": \"...\"}"), problem.allowed());
    }

    @Test
    void negativeForceIsRejected() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"fighters\": {\"value\": ", "-500");
        ScenarioProblem problem = fixture.only("/militia/fighters");
        assertEquals("found -500", problem.found());
        assertEquals("allowed: a whole number, 0 or more", problem.allowed());
    }

    @Test
    void fractionalCountIsRejected() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"iedsPerCell\": {\"value\": ", "2.5");
        assertEquals("found 2.5 (a number)", fixture.only("/militia/iedsPerCell").found());
    }

    @Test
    void citedValueWithoutSourceOrAssumption() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"raidsHaltDay\": {\"value\": 11.0, \"source\": \"fact sheet timeline: Maliki halts"
                + " raids on 4 April (day 11)\"}", "\"raidsHaltDay\": {\"value\": 11.0}");
        ScenarioProblem problem = fixture.only("/government/raidsHaltDay");
        assertEquals("a cited value with neither \"source\" nor \"assumption\"", problem.found());
        assertEquals("add \"source\": \"<where the value comes from>\" or \"assumption\": \"<why it is assumed>\"",
                problem.allowed());
        assertEquals(position(fixture.scenario, "{\"value\": 11.0}", 0), lineColumn(problem));
    }

    @Test
    void citedValueWithBothSourceAndAssumption() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"raidsHaltDay\": {\"value\": 11.0,", "\"raidsHaltDay\": {\"value\": 11.0, "
                + "\"assumption\": \"a guess\",");
        ScenarioProblem problem = fixture.only("/government/raidsHaltDay");
        assertEquals("a cited value with both \"source\" and \"assumption\"", problem.found());
        assertTrue(problem.allowed().startsWith("keep exactly one"), problem.allowed());
    }

    @Test
    void emptySourceIsRejected() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"raidsHaltDay\": {\"value\": 11.0, \"source\": \"fact sheet timeline: Maliki halts"
                + " raids on 4 April (day 11)\"}", "\"raidsHaltDay\": {\"value\": 11.0, \"source\": \" \"}");
        ScenarioProblem problem = fixture.only("/government/raidsHaltDay/source");
        assertEquals("found \" \"", problem.found());
        assertEquals("allowed: a non-empty text naming the source", problem.allowed());
    }

    @Test
    void unknownRoleAndUnitTypeSuggestTheAllowedOnes() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"role\": {\"value\": \"garrison\"", "\"role\": {\"value\": \"garison\"");
        replace(fixture.scenario, "\"type\": {\"value\": \"army\"", "\"type\": {\"value\": \"armee\"");
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem role = ScenarioFixture.only(problems, "/government/types/localPolice/role");
        assertEquals("allowed: \"garrison\" or \"assault\"; did you mean 'garrison'?", role.allowed());
        ScenarioProblem type = ScenarioFixture.only(problems, "/government/reinforcements/type");
        assertEquals("found \"armee\"", type.found());
        assertTrue(type.allowed().contains("localPolice, army, newArmy, nationalPolice or specialForces"));
        assertTrue(type.allowed().endsWith("did you mean 'army'?"), type.allowed());
    }

    @Test
    void objectiveNotOnTheMapSuggestsTheClosestDistrict() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"hayaniya\", \"qibla\"", "\"hayanya\", \"qibla\"");
        List<ScenarioProblem> problems = fixture.problems();
        assertEquals(1, problems.size(), ScenarioFixture.describe(problems));
        ScenarioProblem problem = problems.get(0);
        assertTrue(problem.pointer().startsWith("/government/objectives/value/"), problem.pointer());
        assertEquals(position(fixture.scenario, "\"hayanya\"", 0), lineColumn(problem));
        assertTrue(problem.found().startsWith("found \"hayanya\", which is not a district of "), problem.found());
        assertTrue(problem.allowed().contains("five-mile") && problem.allowed().endsWith("did you mean 'hayaniya'?"),
                problem.allowed());
    }

    @Test
    void clearanceOfADistrictThatIsNotAnObjectiveIsOneProblem() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "[\"qibla\", \"five-mile\", \"hayaniya\", \"tamimiya\"",
                "[\"garma\", \"five-mile\", \"hayaniya\", \"tamimiya\"");
        List<ScenarioProblem> problems = fixture.problems();
        assertEquals(1, problems.size(), ScenarioFixture.describe(problems));
        ScenarioProblem problem = problems.get(0);
        assertEquals("/clearance/order/value/0", problem.pointer());
        assertEquals(position(fixture.scenario, "\"garma\"", 0), lineColumn(problem));
        assertEquals("found \"garma\", which is not one of /government/objectives", problem.found());
        assertTrue(problem.allowed().startsWith("allowed: one of tamimiya, jumhuriya"), problem.allowed());
    }

    @Test
    void repeatedObjectiveIsRejected() {
        ScenarioFixture fixture = fixture();
        replace(fixture.scenario, "\"hayaniya\", \"qibla\"", "\"hayaniya\", \"hayaniya\"");
        assertEquals("found \"hayaniya\" more than once", fixture.only("/government/objectives").found());
    }

    @Test
    void runMustEndAfterItStarts() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"horizonDays\": {\"value\": ", "1.0");
        ScenarioProblem problem = fixture.only("/time/horizonDays");
        assertTrue(problem.found().startsWith("found 1, not after /time/startDay"), problem.found());
    }

    @Test
    void impossibleDateIsRejected() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"startDate\": {\"value\": ", "\"2008-02-30\"");
        assertEquals("found \"2008-02-30\", which is not a calendar date",
                fixture.only("/time/startDate").found());
    }

    @Test
    void validationTargetBoundsAreChecked() {
        ScenarioFixture fixture = fixture();
        ScenarioFixture.editJson(fixture.scenario, root -> {
            ArrayNode conditions = (ArrayNode) root.at("/validationTargets/0/conditions");
            conditions.removeAll();
            conditions.addObject().put("metric", "ceasefire_day").put("min", 8).put("max", 5);
            conditions.addObject().put("metric", "ceasefire_day");
            conditions.addObject().put("metric", "").put("min", 1);
            ArrayNode targets = (ArrayNode) root.get("validationTargets");
            targets.add(targets.get(0).deepCopy());
        });
        List<ScenarioProblem> problems = fixture.problems();
        assertEquals("found min 8 above max 5",
                ScenarioFixture.only(problems, "/validationTargets/0/conditions/0").found());
        assertEquals("a condition with neither \"min\" nor \"max\"",
                ScenarioFixture.only(problems, "/validationTargets/0/conditions/1").found());
        assertEquals("found \"\"", ScenarioFixture.only(problems, "/validationTargets/0/conditions/2/metric").found());
        String last = "/validationTargets/" + (ScenarioFixture.tree(fixture.scenario).get("validationTargets").size() - 1);
        assertTrue(ScenarioFixture.only(problems, last + "/id").found().endsWith("again (first at /validationTargets/0)"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ScenarioFixture fixture = fixture();
        setScalar(fixture.scenario, "\"standDownCompliance\": {\"value\": ", "1.4");
        setScalar(fixture.scenario, "\"fighters\": {\"value\": ", "-1");
        replace(fixture.scenario, "\"hayaniya\", \"qibla\"", "\"hayanya\", \"qibla\"");
        ScenarioValidationException e = assertThrows(ScenarioValidationException.class,
                () -> ScenarioLoader.load(fixture.scenario));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n3 problems found"), e.getMessage());
        List<Integer> lines = e.problems().stream().map(ScenarioProblem::line).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "ordered by line");
    }

    @Test
    void missingScenarioFile() {
        List<ScenarioProblem> problems = ScenarioLoader.validate(dir.resolve("nowhere.json"));
        assertEquals(1, problems.size());
        assertEquals(dir.resolve("nowhere.json") + ": (whole file): no such scenario file; give the path of an "
                + "existing scenario file", problems.get(0).message());
    }
}
