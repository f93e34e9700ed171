package org.urbanconflict.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.core.scenario.ScenarioProblem;

/** Epstein scenario files: the shipped ones load, and broken ones are explained precisely. */
class EpsteinScenarioLoaderTest {
    private static final Path RUN_2 = Path.of("scenarios/epstein/run-2-punctuated.json");

    @TempDir
    Path dir;

    private List<ScenarioProblem> problemsOf(String from, String to) throws IOException {
        String text = Files.readString(RUN_2);
        assertTrue(text.contains(from), "the fixture must contain " + from);
        Path file = dir.resolve("broken.json");
        Files.writeString(file, text.replace(from, to).replace("./epstein.schema.json", "x.json"));
        return EpsteinScenarioLoader.validate(file);
    }

    private static String only(List<ScenarioProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).message();
    }

    @Test
    void everyShippedScenarioLoads() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios/epstein"))) {
            List<Path> scenarios = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(
                    ".schema.json")).sorted().toList();
            assertEquals(8, scenarios.size(), scenarios.toString());
            for (Path f : scenarios) {
                assertEquals(List.of(), EpsteinScenarioLoader.validate(f), f.toString());
                EpsteinScenario s = EpsteinScenarioLoader.load(f);
                assertTrue(s.citations().size() >= 15, f + " cites every parameter");
                assertTrue(s.citations().values().stream().allMatch(c -> c.source() != null
                        || c.assumption() != null));
                EpsteinParameters shorter = s.parameters();
                shorter.setSteps(20);
                org.urbanconflict.core.RunResult r = EpsteinModel.run(new EpsteinScenario(s.name(), "",
                        s.file(), s.resolvedJson(), s.hash(), shorter, s.schedule(), s.citations(), s.targets()), 42);
                assertEquals(21, r.hourly().length, f + " runs");
            }
        }
    }

    @Test
    void theTableTwoValuesAreBound() {
        EpsteinParameters p = EpsteinScenarioLoader.load(RUN_2).parameters();
        assertEquals(40, p.getWidth());
        assertEquals(0.7, p.getCitizenDensity());
        assertEquals(0.04, p.getCopDensity());
        assertEquals(7.0, p.getCitizenVision());
        assertEquals(0.82, p.getLegitimacy());
        assertEquals(30, p.getMaxJailTerm());
        assertEquals(ArrestRule.FLOOR, p.arrestRule());
        EpsteinScenario jump = EpsteinScenarioLoader.load(Path.of("scenarios/epstein/run-4-legitimacy-jump.json"));
        assertTrue(jump.parameters().isInfiniteJail());
        assertEquals(List.of(new ScheduledChange(ScheduledChange.Target.LEGITIMACY, 77, 77, 0.7,
                jump.schedule().get(0).reason())), jump.schedule());
    }

    @Test
    void aVariantExtendsItsRunAndChangesOnlyTheRule() {
        EpsteinScenario literal = EpsteinScenarioLoader.load(Path.of("scenarios/epstein/variants/run-2-literal.json"));
        EpsteinScenario run2 = EpsteinScenarioLoader.load(RUN_2);
        assertEquals(ArrestRule.LITERAL, literal.parameters().arrestRule());
        assertEquals(run2.parameters().getLegitimacy(), literal.parameters().getLegitimacy());
        assertEquals(run2.targets(), literal.targets());
        assertFalse(literal.hash().equals(run2.hash()));
        assertFalse(literal.resolvedJson().contains("extends"));
    }

    @Test
    void aValueOutOfRangeNamesThePlaceAndTheRange() throws IOException {
        String m = only(problemsOf("\"value\": 0.82", "\"value\": 1.82"));
        assertTrue(m.contains("broken.json:"), m);
        assertTrue(m.contains("/citizens/legitimacy: found 1.82; allowed: a number between 0 and 1"), m);
    }

    @Test
    void aMisspeltFieldGetsASuggestion() throws IOException {
        String m = only(problemsOf("\"legitimacy\":", "\"legitimacyy\":"));
        assertTrue(m.contains("/citizens/legitimacyy: unknown field"), m);
        assertTrue(m.contains("did you mean 'legitimacy'?"), m);
    }

    @Test
    void anUnknownRuleListsTheRules() throws IOException {
        String m = only(problemsOf("\"value\": \"floor\"", "\"value\": \"flor\""));
        assertTrue(m.contains("/citizens/arrestRule: found \"flor\""), m);
        assertTrue(m.contains("literal (the paper as printed), floor (NetLogo Rebellion), round (Mesa)"), m);
        assertTrue(m.contains("did you mean 'floor'?"), m);
    }

    @Test
    void aJailTermIsAWholeNumberOrInfinite() throws IOException {
        String jail = "\"maxJailTerm\": {\n      \"value\": 30";
        String m = only(problemsOf(jail, jail.replace("30", "\"forever\"")));
        assertTrue(m.contains("/cops/maxJailTerm: found \"forever\"; allowed: a whole number of steps, 1 or more,"
                + " or \"infinite\""), m);
        m = only(problemsOf(jail, jail.replace("30", "0")));
        assertTrue(m.contains("/cops/maxJailTerm: found 0"), m);
    }

    @Test
    void densitiesMustLeaveRoomOnTheLattice() throws IOException {
        String m = only(problemsOf("\"value\": 0.04", "\"value\": 0.34"));
        assertTrue(m.contains("/population/copDensity: found 0.34 with citizen density 0.7: 1.04 of the cells"
                + " together; allowed: citizen and cop densities that add up to at most 1"), m);
    }

    @Test
    void aVisionAsWideAsTheTorusIsRefused() throws IOException {
        List<ScenarioProblem> problems = problemsOf("\"width\": {\n      \"value\": 40",
                "\"width\": {\n      \"value\": 12");
        assertEquals(2, problems.size(), "citizens' and cops' vision: " + problems);
        String m = problems.get(0).message();
        assertTrue(m.contains("/citizens/vision: found 7, as wide as the torus; allowed: a radius less than half"
                + " the torus's smaller side (6)"), m);
    }

    @Test
    void everyValueNeedsASourceOrAnAssumption() throws IOException {
        String text = Files.readString(RUN_2);
        int at = text.indexOf("\"threshold\"");
        int from = text.indexOf("\"source\"", at);
        int to = text.indexOf('\n', from);
        int comma = text.lastIndexOf(',', from);
        String m = only(problemsOf(text.substring(comma, to), ""));
        assertTrue(m.contains("/citizens/threshold: a cited value with neither \"source\" nor \"assumption\""), m);
    }

    @Test
    void schedulesAndTargetsAreChecked() throws IOException {
        String text = Files.readString(Path.of("scenarios/epstein/run-4-legitimacy-jump.json"));
        Path file = dir.resolve("schedule.json");
        Files.writeString(file, text.replace("\"toStep\": 77", "\"toStep\": 70")
                .replace("\"metric\": \"active_max_after_change\"", "\"metric\": \"active_maximum\""));
        List<ScenarioProblem> problems = EpsteinScenarioLoader.validate(file);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("/schedule/0/toStep: found 70, before fromStep 77"),
                problems.toString());
        assertTrue(problems.get(1).message().contains("/validationTargets/0/conditions/0/metric: found"
                + " \"active_maximum\", not a summary metric of this model"), problems.toString());
    }

    @Test
    void theSchemaAndTheBeanAgree() throws IOException {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Path.of("scenarios/epstein/epstein.schema.json").toFile());
        int fields = 0;
        for (String section : List.of("lattice", "population", "citizens", "cops", "run")) {
            fields += schema.at("/$defs/" + section + "/properties").size();
            assertEquals(schema.at("/$defs/" + section + "/properties").size(),
                    schema.at("/$defs/complete/properties/" + section + "/required").size(), section);
        }
        assertEquals(15, fields, "every bean parameter but the split jail term has one field in the schema");
        assertTrue(schema.at("/$defs/citedRule/properties/value/enum").toString().contains("round"));
        for (String rule : ArrestRule.names()) {
            assertTrue(schema.at("/$defs/citedRule/properties/value/enum").toString().contains(rule));
        }
    }
}
