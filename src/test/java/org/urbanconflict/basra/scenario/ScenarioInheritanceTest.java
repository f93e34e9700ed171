package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ScenarioProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.urbanconflict.basra.scenario.ScenarioFixture.lineColumn;
import static org.urbanconflict.basra.scenario.ScenarioFixture.position;
import static org.urbanconflict.basra.scenario.ScenarioFixture.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.basra.params.ScenarioParameters;

/** {@code extends}: merging a child over its parent, and the broken chains that must be reported. */
class ScenarioInheritanceTest {
    @TempDir
    Path dir;

    /** The tests lay out a scenarios folder of their own, as a user who copied it would (--allow-path). */
    @org.junit.jupiter.api.BeforeEach
    void allowTheCopiedFolder() {
        org.urbanconflict.core.scenario.FileAccess.allow(dir);
    }

    private Path child(String name, String json) {
        Path file = dir.resolve("what-if").resolve(name);
        write(file, json);
        return file;
    }

    @Test
    void childOverridesOneValueAndInheritsTheRest() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        Path child = child("more-fighters.json", """
                {
                  "$schema": "../scenario.schema.json",
                  "extends": "../basra-2008.json",
                  "name": "More fighters",
                  "description": "Twice the militia.",
                  "militia": {
                    "fighters": {"value": 14000, "assumption": "what-if: twice the baseline"}
                  }
                }
                """);
        Scenario parent = ScenarioLoader.load(fixture.scenario);
        Scenario scenario = ScenarioLoader.load(child);
        assertEquals("More fighters", scenario.name());
        assertEquals(14000, scenario.parameters().getMilitia().getFighters());

        ScenarioParameters expected = parent.parameters();
        expected.getMilitia().setFighters(14000);
        assertEquals(ParameterCopier.toJson(expected), ParameterCopier.toJson(scenario.parameters()),
                "everything else is inherited");
        assertEquals(parent.targets(), scenario.targets());
        assertEquals(parent.map().cellCount(), scenario.map().cellCount(), "the map is found relative to the parent");

        Citation fighters = scenario.citations().get("/militia/fighters");
        assertEquals("what-if: twice the baseline", fighters.assumption());
        assertEquals(child.toString(), fighters.file());
        assertEquals(fixture.scenario.toString(), scenario.citations().get("/militia/cellSize").file());
        assertEquals(parent.citations().keySet(), scenario.citations().keySet());

        assertNotEquals(parent.hash(), scenario.hash());
        assertFalse(scenario.resolvedJson().contains("\"extends\""), "extends is not part of the resolved scenario");
        assertFalse(scenario.resolvedJson().contains("$schema"), "$schema is not inherited");
    }

    @Test
    void validationTargetsAreReplacedWholesale() {
        new ScenarioFixture(dir);
        Path child = child("targets.json", """
                {"extends": "../basra-2008.json",
                 "validationTargets": [{"id": "only-one", "description": "d", "source": "s",
                   "conditions": [{"metric": "ceasefire_day", "max": 8}]}]}
                """);
        Scenario scenario = ScenarioLoader.load(child);
        assertEquals(1, scenario.targets().size());
        assertEquals("only-one", scenario.targets().get(0).id());
        assertEquals(null, scenario.targets().get(0).conditions().get(0).min());
    }

    @Test
    void problemInTheChildIsReportedInTheChild() {
        new ScenarioFixture(dir);
        Path child = child("typo.json", """
                {
                  "extends": "../basra-2008.json",
                  "militia": {
                    "standDownCompliance": {"value": 1.5, "assumption": "what-if"},
                    "figters": {"value": 100, "assumption": "what-if"}
                  }
                }
                """);
        List<ScenarioProblem> problems = ScenarioLoader.validate(child);
        assertEquals(2, problems.size(), ScenarioFixture.describe(problems));
        ScenarioProblem range = ScenarioFixture.only(problems, "/militia/standDownCompliance");
        assertEquals(child, range.file());
        assertEquals("4:38", lineColumn(range));
        ScenarioProblem unknown = ScenarioFixture.only(problems, "/militia/figters");
        assertEquals(child, unknown.file());
        assertEquals("5:5", lineColumn(unknown));
        assertTrue(unknown.allowed().endsWith("did you mean 'fighters'?"));
    }

    @Test
    void problemInTheParentIsReportedInTheParent() {
        ScenarioFixture fixture = new ScenarioFixture(dir);
        ScenarioFixture.editJson(fixture.scenario, root -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                root.at("/combat/killedFraction")).put("value", 4.75));
        Path child = child("ok.json", "{\"extends\": \"../basra-2008.json\"}");
        ScenarioProblem problem = ScenarioFixture.only(ScenarioLoader.validate(child), "/combat/killedFraction");
        assertEquals(fixture.scenario, problem.file());
        assertEquals(position(fixture.scenario, "\"value\" : 4.75", 10), lineColumn(problem));
    }

    @Test
    void missingParentFile() {
        Path child = child("orphan.json", "{\n  \"extends\": \"../no-such-scenario.json\"\n}\n");
        List<ScenarioProblem> problems = ScenarioLoader.validate(child);
        assertEquals(1, problems.size(), ScenarioFixture.describe(problems));
        ScenarioProblem problem = problems.get(0);
        assertEquals("/extends", problem.pointer());
        assertEquals("2:14", lineColumn(problem));
        assertEquals("found \"../no-such-scenario.json\", but " + dir.resolve("no-such-scenario.json")
                + " does not exist", problem.found());
    }

    @Test
    void cycleIsReportedWithTheChain() {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        write(a, "{\"extends\": \"b.json\"}");
        write(b, "{\"extends\": \"a.json\"}");
        List<ScenarioProblem> problems = ScenarioLoader.validate(a);
        assertEquals(1, problems.size(), ScenarioFixture.describe(problems));
        ScenarioProblem problem = problems.get(0);
        assertEquals(b, problem.file(), "reported where the loop closes");
        assertEquals("found a cycle of extends: " + a + " -> " + b + " -> " + a, problem.found());
    }

    @Test
    void fileExtendingItselfIsACycle() {
        Path a = dir.resolve("self.json");
        write(a, "{\"extends\": \"./self.json\"}");
        assertTrue(ScenarioLoader.validate(a).get(0).found().startsWith("found a cycle of extends"));
    }

    @Test
    void malformedParentIsReportedInTheParent() {
        Path parent = dir.resolve("parent.json");
        write(parent, "{\n  \"name\": \"x\",,\n}");
        Path child = child("c.json", "{\"extends\": \"../parent.json\"}");
        List<ScenarioProblem> problems = ScenarioLoader.validate(child);
        assertEquals(parent, problems.get(0).file());
        assertEquals("2:15", lineColumn(problems.get(0)));
        assertEquals(child, problems.get(1).file());
        assertTrue(problems.get(1).found().contains("has the problems above"), problems.get(1).message());
    }

    @Test
    void partialChildStillMustResolveToACompleteScenario() {
        Path child = child("lonely.json", """
                {"$schema": "../scenario.schema.json", "name": "x", "description": "y", "map": "maps/none.json"}
                """);
        List<ScenarioProblem> problems = ScenarioLoader.validate(child);
        assertEquals("missing", ScenarioFixture.only(problems, "/militia").found());
        assertTrue(ScenarioFixture.only(problems, "/map").found().endsWith("does not exist"));
    }

    @Test
    void shippedWhatIfScenariosAreValid() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("scenarios", "what-if"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                List<ScenarioProblem> problems = ScenarioLoader.validate(file);
                assertTrue(problems.isEmpty(), file + ":\n" + ScenarioFixture.describe(problems));
            }
        }
    }
}
