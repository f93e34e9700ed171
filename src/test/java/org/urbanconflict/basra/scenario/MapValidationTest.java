package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.ScenarioProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.urbanconflict.basra.scenario.ScenarioFixture.lineColumn;
import static org.urbanconflict.basra.scenario.ScenarioFixture.position;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the map file are reported in the map file, with the row and column of the cell where it helps. */
class MapValidationTest {
    @TempDir
    Path dir;

    /** Row {@code r} of the fixture's map. */
    private static String row(ScenarioFixture fixture, int r) {
        return ScenarioFixture.tree(fixture.map).get("rows").get(r).asText();
    }

    @Test
    void characterNotInTheLegendGivesRowAndColumn() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        String row = row(fixture, 5);
        String broken = row.substring(0, 7) + "?" + row.substring(8);
        ScenarioFixture.replace(fixture.map, "\"" + row + "\",\n    \"" + row(fixture, 6), "\"" + broken + "\",\n    \""
                + row(fixture, 6));
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem problem = ScenarioFixture.only(problems, "/rows/5");
        assertEquals(fixture.map, problem.file());
        assertEquals(position(fixture.map, "\"" + broken + "\"", 1 + 7), lineColumn(problem), "at the cell itself");
        assertTrue(problem.found().startsWith("found the character '?' at row 5, col 7, which is not in the legend"),
                problem.found());
        assertTrue(problem.allowed().contains("add '?' to the legend"), problem.allowed());
    }

    @Test
    void legendDistrictMissingFromDistricts() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        ScenarioFixture.replace(fixture.map, "{\"district\": \"hayaniya\"}", "{\"district\": \"hayanya\"}");
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem legend = problems.stream().filter(p -> p.pointer().endsWith("/district")).findFirst()
                .orElseThrow(() -> new AssertionError(ScenarioFixture.describe(problems)));
        assertEquals("found \"hayanya\", which is not in \"districts\"", legend.found());
        assertTrue(legend.allowed().contains("did you mean 'hayaniya'?"), legend.allowed());
        assertEquals(position(fixture.map, "\"hayanya\"", 0), lineColumn(legend));
        ScenarioProblem orphan = ScenarioFixture.only(problems, "/districts/hayaniya");
        assertEquals("a district that no legend character names, so it has no cells", orphan.found());
        assertEquals(position(fixture.map, "\"hayaniya\": {", 0), lineColumn(orphan));
    }

    @Test
    void rowOfTheWrongLength() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        String row = row(fixture, 3);
        ScenarioFixture.replace(fixture.map, "\"" + row + "\",\n    \"" + row(fixture, 4), "\"" + row.substring(1)
                + "\",\n    \"" + row(fixture, 4));
        ScenarioProblem problem = fixture.only("/rows/3");
        assertEquals("found a row of " + (row.length() - 1) + " characters", problem.found());
        assertEquals("allowed: " + row.length() + " characters, the length of row 0 (every row must be as long)",
                problem.allowed());
    }

    @Test
    void landmarkOutsideTheGrid() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        int height = ScenarioFixture.tree(fixture.map).get("rows").size();
        ScenarioFixture.editJson(fixture.map, root -> ((ObjectNode) root.get("landmarks").get(0)).put("row", height));
        ScenarioProblem problem = fixture.only("/landmarks/0/row");
        assertTrue(problem.found().startsWith("found row " + height + ", col "), problem.found());
        assertTrue(problem.allowed().startsWith("allowed: rows 0-" + (height - 1)), problem.allowed());
    }

    @Test
    void districtValuesAreCheckedLikeScenarioValues() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        ScenarioFixture.editJson(fixture.map, root -> {
            ObjectNode hayaniya = (ObjectNode) root.at("/districts/hayaniya");
            ((ObjectNode) hayaniya.get("density")).put("value", 1.5);
            ((ObjectNode) hayaniya.get("faction")).put("value", "sadrist");
            ((ObjectNode) hayaniya.get("population")).remove("source");
        });
        List<ScenarioProblem> problems = fixture.problems();
        ScenarioProblem density = ScenarioFixture.only(problems, "/districts/hayaniya/density");
        assertEquals(fixture.map, density.file());
        assertEquals("found 1.5", density.found());
        assertEquals("allowed: a number between 0 and 1", density.allowed());
        assertTrue(ScenarioFixture.only(problems, "/districts/hayaniya/faction").allowed()
                .contains("\"government\", \"mahdi\""));
        assertTrue(ScenarioFixture.only(problems, "/districts/hayaniya/population").found().contains("neither"));
    }

    @Test
    void legendEntryMustBeTerrainOrDistrict() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        ScenarioFixture.replace(fixture.map, "{\"terrain\": \"river\"}", "{\"terrain\": \"lake\"}");
        ScenarioProblem problem = fixture.only("/legend/~0/terrain");
        assertEquals("found \"lake\"", problem.found());
        assertEquals("allowed: \"river\", \"bridge\", \"highway\" or \"open\"", problem.allowed());
    }

    @Test
    void missingMapFileIsReportedAtTheScenariosMapField() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        ScenarioFixture.replace(fixture.scenario, "\"map\": \"maps/basra.json\"", "\"map\": \"maps/basrah.json\"");
        ScenarioProblem problem = fixture.only("/map");
        assertEquals(fixture.scenario, problem.file());
        assertTrue(problem.found().endsWith("basrah.json does not exist"), problem.found());
    }

    @Test
    void malformedMap() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        ScenarioFixture.replace(fixture.map, "\"legend\": {", "\"legend\": {{");
        List<ScenarioProblem> problems = fixture.problems();
        assertEquals(1, problems.size(), ScenarioFixture.describe(problems));
        assertEquals(fixture.map, problems.get(0).file());
        assertEquals(position(fixture.map, "{{", 1), lineColumn(problems.get(0)));
    }

    @Test
    void mapIsBuiltCellByCell() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        JsonNode map = ScenarioFixture.tree(fixture.map);
        DistrictMap built = ScenarioLoader.load(fixture.scenario).map();
        ArrayNode rows = (ArrayNode) map.get("rows");
        for (int r = 0; r < built.height(); r++) {
            for (int c = 0; c < built.width(); c++) {
                JsonNode entry = map.get("legend").get(String.valueOf(rows.get(r).asText().charAt(c)));
                int cell = built.cell(r, c);
                if (entry.has("district")) {
                    assertEquals(Terrain.URBAN, built.terrain(cell));
                    assertEquals(entry.get("district").asText(),
                            built.districts().get(built.districtOf(cell)).id());
                } else {
                    assertEquals(entry.get("terrain").asText(), built.terrain(cell).name().toLowerCase());
                    assertEquals(-1, built.districtOf(cell));
                }
            }
        }
    }
}
