package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The what-if settings the Model tab shows: each is a documented slider or menu over the parameters the next run
 * copies, edits reach exactly those parameters, and out-of-range values are clamped rather than passed on.
 */
class SettingsGroupsTest {
    private final ScenarioParameters p = TestScenarios.baseline().parameters();
    private final ParameterSource source = () -> p;

    private List<Object> leaves() {
        List<Object> groups = new ArrayList<>();
        for (UnitType type : UnitType.values()) {
            groups.add(new UnitTypeSettings(source, type));
        }
        groups.add(new StrikeAssetSettings(source, true));
        groups.add(new StrikeAssetSettings(source, false));
        groups.add(new MilitiaSettings(source));
        groups.add(new MediationSettings(source));
        groups.add(new TimelineSettings(source));
        return groups;
    }

    @Test
    void everySettingHasATooltipAndEveryEditableNumberASliderOrMenu() {
        for (Object group : leaves()) {
            Properties props = Properties.getProperties(group);
            assertTrue(props.numProperties() >= 7, group + " has too few settings to be worth a tab");
            for (int i = 0; i < props.numProperties(); i++) {
                String where = group + " / " + props.getName(i);
                assertTrue(props.isReadWrite(i), where + " is read-only");
                assertNotNull(props.getDescription(i), where + " has no des method (tooltip)");
                Class<?> type = props.getType(i);
                if (type != boolean.class) {
                    Object domain = props.getDomain(i);
                    assertTrue(domain instanceof Interval || domain instanceof String[], where + " has no dom method");
                    if (domain instanceof Interval range) {
                        double value = ((Number) props.getValue(i)).doubleValue();
                        assertTrue(range.contains(value), where + " = " + value + " is outside its slider "
                                + range.getMin() + ".." + range.getMax() + " for the baseline");
                    }
                }
            }
        }
    }

    @Test
    void displayOrderNamesEveryPropertyOnce() {
        List<Object> groups = leaves();
        groups.add(new GovernmentSettings(source));
        groups.add(new FireSupportSettings(source));
        for (Object group : groups) {
            Properties props = Properties.getProperties(group);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < props.numProperties(); i++) {
                names.add(props.getName(i));
            }
            List<String> order = ((Ordered) group).propertyOrder();
            assertEquals(order.size(), new HashSet<>(order).size(), group + " lists a property twice");
            assertEquals(names, new HashSet<>(order), group + ": propertyOrder() and the getters disagree");
        }
    }

    @Test
    void hazardsShowPerMillionHoursAndWriteBackRawValues() {
        UnitTypeSettings police = new UnitTypeSettings(source, UnitType.LOCAL_POLICE);
        assertEquals(20.0, police.getRefusalPerMillionHours());
        assertEquals(40.0, police.getDesertionPerMillionHours());
        police.setDefectionPerMillionHours(5);
        assertEquals(5e-6, p.getGovernment().getTypes().getLocalPolice().getDefectionHazard(), 1e-18);
        police.setRefusalPerMillionHours(1e9);
        assertEquals(200e-6, p.getGovernment().getTypes().getLocalPolice().getRefusalHazard(), 1e-18);
    }

    @Test
    void editsThroughMasonPropertiesReachTheParameters() {
        Properties air = Properties.getProperties(new StrikeAssetSettings(source, true));
        air.setValue(index(air, "Enabled"), "false");
        air.setValue(index(air, "AvailableFromDay"), "2.5");
        assertFalse(p.getFireSupport().getAir().isEnabled());
        assertEquals(2.5, p.getFireSupport().getAir().getAvailableFromDay());
        assertTrue(p.getFireSupport().getArtillery().isEnabled(), "artillery is a separate setting");
        Properties mediation = Properties.getProperties(new MediationSettings(source));
        mediation.setValue(index(mediation, "StartDay"), "2");
        assertEquals(2.0, p.getMediation().getStartDay());
    }

    @Test
    void valuesOutsideTheSliderAreClamped() {
        MilitiaSettings militia = new MilitiaSettings(source);
        militia.setFighters(999_999);
        assertEquals(20_000, p.getMilitia().getFighters());
        militia.setStandDownCompliance(-3);
        assertEquals(0.0, p.getMilitia().getStandDownCompliance());
        new MediationSettings(source).setStartDay(400);
        assertEquals(15.0, p.getMediation().getStartDay());
    }

    @Test
    void reinforcementWindowStaysInOrderAndTypeIsAMenu() {
        TimelineSettings timeline = new TimelineSettings(source);
        timeline.setReinforcementFirstDay(20);
        assertEquals(20.0, p.getGovernment().getReinforcements().getLastDay());
        timeline.setReinforcementLastDay(3);
        assertEquals(3.0, p.getGovernment().getReinforcements().getFirstDay());
        String[] menu = (String[]) timeline.domReinforcementType();
        assertArrayEquals(new String[] {"Local police", "Established army", "New army units", "National Police",
            "Special forces"}, menu);
        assertEquals(1, timeline.getReinforcementType(), "the baseline reinforcements are army");
        timeline.setReinforcementType(4);
        assertEquals("specialForces", p.getGovernment().getReinforcements().getType());
    }

    @Test
    void horizonCannotEndBeforeTheStart() {
        new TimelineSettings(source).setHorizonDays(0);
        assertTrue(p.getTime().getHorizonDays() > p.getTime().getStartDay());
    }

    private static int index(Properties props, String name) {
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }
}
