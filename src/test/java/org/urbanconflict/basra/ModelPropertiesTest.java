package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.scenario.ParameterCopier;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.basra.params.FireSupportParameters;
import org.urbanconflict.basra.params.MilitiaParameters;
import sim.util.Properties;

/**
 * The model's properties proxy, which MASON's Model tab shows: the parameter beans, grouped, and edits reach only the
 * next run. A what-if made with the sliders is the same run as the what-if scenario file.
 */
class ModelPropertiesTest {
    private static double[][] stepped(ConflictModel model, int hours) {
        model.start();
        for (int h = 0; h < hours; h++) {
            model.schedule.step(model);
        }
        return model.recorder().table();
    }

    private static Object group(ConflictModel model, String name) {
        Properties props = Properties.getProperties(model);
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getName(i).equals(name)) {
                return props.getValue(i);
            }
        }
        throw new AssertionError("no group " + name);
    }

    @Test
    void masonSeesGroupsNotEightyFields() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        Properties props = Properties.getProperties(model);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < props.numProperties(); i++) {
            names.add(props.getName(i));
            assertTrue(props.isComposite(i), props.getName(i) + " should be a group");
        }
        List<String> order = List.of("Now", "Government", "Militia", "FireSupport", "Mediation", "Timeline");
        assertEquals(new HashSet<>(order), names);
        assertEquals(order, new ModelProperties(model).propertyOrder());
    }

    @Test
    void editsApplyAtTheNextStartNotToTheRunUnderWay() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        stepped(model, 5);
        MilitiaParameters militia = (MilitiaParameters) group(model, "Militia");
        militia.setFighters(3000);
        assertEquals(6175, model.parameters().getMilitia().getFighters(), "the run under way keeps its value");
        assertEquals(3000, model.configuredParameters().getMilitia().getFighters());
        assertEquals(6175, model.scenario().sharedParameters().getMilitia().getFighters(),
                "the scenario, which other runs share, is untouched");
        stepped(model, 0);
        assertEquals(3000, model.parameters().getMilitia().getFighters(), "the next start copies the edit");
        assertEquals(3000, model.recorder().latest("militia_fighters"), 30.0);
    }

    @Test
    void aRunLeavesTheParametersItSharesUnchanged() {
        Scenario scenario = TestScenarios.baseline();
        String before = ParameterCopier.toJson(scenario.sharedParameters());
        ConflictModel model = ConflictModel.create(scenario, 5);
        model.start();
        model.runToEnd();
        assertSame(scenario.sharedParameters(), model.parameters(), "an unedited run reads the scenario's own");
        assertEquals(before, ParameterCopier.toJson(scenario.sharedParameters()));
    }

    @Test
    void slidersReproduceTheWhatIfFile() {
        ConflictModel edited = ConflictModel.create(TestScenarios.baseline(), 3);
        FireSupportParameters fire = (FireSupportParameters) group(edited, "FireSupport");
        fire.getAir().setEnabled(false);
        fire.getArtillery().setEnabled(false);
        Scenario file = TestScenarios.load("what-if/no-fire-support.json");
        int hours = 150;
        double[][] viaSliders = stepped(edited, hours);
        double[][] viaFile = stepped(ConflictModel.create(file, 3), hours);
        assertEquals(viaFile.length, viaSliders.length);
        for (int h = 0; h < viaFile.length; h++) {
            assertArrayEquals(viaFile[h], viaSliders[h], "hour " + h);
        }
        assertEquals(0.0, viaSliders[hours][edited.recorder().indexOf("strikes_air")]);
    }

    @Test
    void aNewScenarioShowsItsOwnValues() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        GovernmentGroup government = (GovernmentGroup) group(model, "Government");
        TimelineGroup timeline = (TimelineGroup) group(model, "Timeline");
        assertEquals(6175, ((MilitiaParameters) group(model, "Militia")).getFighters());
        double police = government.getLocalPolice().getInfiltration();
        model.setScenario(TestScenarios.load("what-if/militia-upper-estimate.json"));
        assertEquals(17000, ((MilitiaParameters) group(model, "Militia")).getFighters(),
                "the tab reads whatever the model will run next");
        assertSame(model.configuredParameters().getGovernment().getTypes().getLocalPolice(),
                government.getLocalPolice(), "a group built before the swap looks the new beans up");
        assertSame(model.configuredParameters().getTime(), timeline.getRun());
        assertEquals(police, government.getLocalPolice().getInfiltration());
    }

    @Test
    void governmentAndTimelineAreRowsOfSubTabs() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        for (String name : List.of("Government", "FireSupport", "Timeline")) {
            Properties members = Properties.getProperties(group(model, name));
            assertTrue(members.numProperties() >= 2, name);
            for (int i = 0; i < members.numProperties(); i++) {
                assertTrue(members.isComposite(i), name + " / " + members.getName(i) + " is a sub-tab");
                assertTrue(members.getDescription(i) != null && !members.getDescription(i).isBlank(),
                        name + " / " + members.getName(i) + " has a tooltip");
            }
        }
        assertEquals(List.of("LocalPolice", "Army", "NewArmy", "NationalPolice", "SpecialForces", "Offensive",
                "Morale", "Reinforcements", "Clearance"), new GovernmentGroup(model).propertyOrder());
        assertSame(model.configuredParameters().getGovernment().getReinforcements(),
                new GovernmentGroup(model).getReinforcements());
        assertSame(model.configuredParameters().getClearance(), new GovernmentGroup(model).getClearance());
    }

    @Test
    void liveFiguresReadTheHourlyMetrics() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        LiveFigures now = (LiveFigures) group(model, "Now");
        assertEquals("not started", now.getPhase());
        assertEquals(0, now.getGovernmentCasualties());
        stepped(model, 30);
        assertEquals(Math.round(model.recorder().latest("gov_killed") + model.recorder().latest("gov_wounded")),
                now.getGovernmentCasualties());
        assertEquals(Math.round(model.recorder().latest("gov_control_urban") * 1000) / 10.0,
                now.getGovernmentControlPercent());
        assertEquals("Wed 26 Mar 2008, 09:00", now.getSimulatedTime(), "30 hours after 03:00 on 25 March");
        assertEquals(147.1, now.getCeasefireThreshold());
        assertInstanceOf(String.class, now.getScenario());
        assertFalse(now.getPhase().isEmpty());
    }
}
