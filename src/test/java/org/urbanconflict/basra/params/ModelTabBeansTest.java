package org.urbanconflict.basra.params;

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
import org.urbanconflict.basra.gui.ReadableProperties;
import org.urbanconflict.basra.scenario.ParameterCopier;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The parameter beans as the Model tab shows them: each shown property is a documented slider or menu whose range
 * holds every shipped scenario's value, in the bean's own order; derived views (per million hours, the unit-type
 * menu) read and write the one stored value and stay out of Jackson's JSON; the GUI-facing couplings leave valid
 * files alone.
 */
class ModelTabBeansTest {
    private static final String[] SCENARIOS = {"basra-2008.json", "what-if/early-mediation.json",
        "what-if/early-reinforcements.json", "what-if/loyal-forces.json", "what-if/militia-upper-estimate.json",
        "what-if/no-fire-support.json", "what-if/no-mediation.json", "basra-2008-april.json",
        "what-if/april-no-advisers.json", "what-if/april-no-coalition-fire.json"};

    private final ScenarioParameters p = TestScenarios.baseline().parameters();

    private static List<Object> shown(ScenarioParameters p) {
        List<Object> beans = new ArrayList<>();
        for (UnitType type : UnitType.values()) {
            beans.add(p.getGovernment().getTypes().get(type));
        }
        beans.addAll(List.of(p.getGovernment(), p.getGovernment().getMorale(), p.getGovernment().getReinforcements(),
                p.getClearance(),
                p.getMilitia(), p.getFireSupport().getAir(), p.getFireSupport().getArtillery(), p.getMediation(),
                p.getTime(), p.getUltimatum()));
        return beans;
    }

    @Test
    void everyShownPropertyHasATooltipAndEveryNumberASliderOrMenuHoldingEveryScenariosValue() {
        for (String file : SCENARIOS) {
            for (Object bean : shown(TestScenarios.load(file).parameters())) {
                Properties props = Properties.getProperties(bean);
                int visible = 0;
                for (int i = 0; i < props.numProperties(); i++) {
                    if (props.isHidden(i)) {
                        continue;
                    }
                    visible++;
                    String where = file + ": " + bean.getClass().getSimpleName() + " / " + props.getName(i);
                    assertTrue(props.isReadWrite(i), where + " is read-only");
                    assertNotNull(props.getDescription(i), where + " has no des method (tooltip)");
                    if (props.getType(i) == boolean.class) {
                        continue;
                    }
                    Object domain = props.getDomain(i);
                    assertTrue(domain instanceof Interval || domain instanceof String[], where + " has no dom method");
                    if (domain instanceof Interval range) {
                        double value = ((Number) props.getValue(i)).doubleValue();
                        assertTrue(range.contains(value), where + " = " + value + " is outside its slider "
                                + range.getMin() + ".." + range.getMax());
                    }
                }
                assertTrue(visible >= 2, bean.getClass().getSimpleName() + " shows too little to be worth a tab");
            }
        }
    }

    @Test
    void displayOrderNamesEveryShownPropertyOnce() {
        List<Object> beans = shown(p);
        beans.addAll(List.of(p.getGovernment().getTypes(), p.getFireSupport()));
        for (Object bean : beans) {
            Properties props = Properties.getProperties(bean);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < props.numProperties(); i++) {
                if (!props.isHidden(i)) {
                    names.add(props.getName(i));
                }
            }
            List<String> order = ((Ordered) bean).propertyOrder();
            String where = bean.getClass().getSimpleName();
            assertEquals(order.size(), new HashSet<>(order).size(), where + " lists a property twice");
            assertEquals(names, new HashSet<>(order), where + ": propertyOrder() and the shown getters disagree");
        }
    }

    @Test
    void hazardsShowPerMillionHoursAndWriteBackTheStoredRate() {
        UnitTypeParameters police = p.getGovernment().getTypes().getLocalPolice();
        assertEquals(police.getRefusalHazard() * 1e6, police.getRefusalPerMillionHours(), 1e-9);
        police.setRefusalHazard(2e-5);
        assertEquals(20.0, police.getRefusalPerMillionHours());
        assertEquals(40.0, police.getDesertionPerMillionHours());
        police.setDefectionPerMillionHours(5);
        assertEquals(5e-6, police.getDefectionHazard(), 1e-18);
        assertEquals(2.0, p.getMilitia().getRecruitsPerMillionSympathisers());
        p.getMilitia().setRecruitsPerMillionSympathisers(4);
        assertEquals(4e-6, p.getMilitia().getRecruitmentRate(), 1e-18);
        assertEquals(5.0, p.getUltimatum().getHandInPerMillionHours());
        Properties props = Properties.getProperties(police);
        for (int i = 0; i < props.numProperties(); i++) {
            assertEquals(props.getName(i).endsWith("Hazard") || props.getName(i).equals("Role"), props.isHidden(i),
                    "the Model tab shows " + props.getName(i) + " only if it is not a raw hazard or the role");
        }
    }

    @Test
    void derivedViewsStayOutOfTheJsonAndCopies() throws Exception {
        String json = ParameterCopier.toJson(p);
        for (String view : List.of("PerMillion", "unitType\"", "propertyOrder", "hide", "domRole", "desRole")) {
            assertFalse(json.contains(view), view + " must not be serialised");
        }
        assertTrue(json.contains("\"refusalHazard\":2.0E-5"), "the stored rate is");
        assertEquals(json, ParameterCopier.toJson(ParameterCopier.copy(p)));
    }

    @Test
    void editsThroughMasonPropertiesReachTheParameters() {
        Properties air = Properties.getProperties(p.getFireSupport().getAir());
        air.setValue(index(air, "Enabled"), "false");
        air.setValue(index(air, "AvailableFromDay"), "2.5");
        assertFalse(p.getFireSupport().getAir().isEnabled());
        assertEquals(2.5, p.getFireSupport().getAir().getAvailableFromDay());
        assertTrue(p.getFireSupport().getArtillery().isEnabled(), "artillery is a separate bean");
        Properties police = Properties.getProperties(p.getGovernment().getTypes().getLocalPolice());
        police.setValue(index(police, "RefusalPerMillionHours"), "30");
        assertEquals(30e-6, p.getGovernment().getTypes().getLocalPolice().getRefusalHazard(), 1e-18);
    }

    @Test
    void reinforcementWindowStaysInOrderInTheModelTabAndTypeIsAMenu() {
        ReinforcementParameters r = p.getGovernment().getReinforcements();
        r.setFirstDay(20);
        assertEquals(20.0, r.getFirstDay(), "a setter sets exactly its value: sweeps and the loader rely on it");
        assertEquals(11.0, r.getLastDay(), "and nothing else");
        Properties tab = new ReadableProperties(r);
        tab.setValue(index(tab, "First day"), "21");
        assertEquals(21.0, r.getLastDay(), "the Model tab moves the last day along");
        tab.setValue(index(tab, "Last day"), "3");
        assertEquals(3.0, r.getFirstDay());
        assertArrayEquals(new String[] {"Local police", "Established army", "New army units", "National Police",
            "Special forces"}, (String[]) r.domUnitType());
        assertEquals(1, r.getUnitType(), "the baseline reinforcements are army");
        r.setUnitType(4);
        assertEquals("specialForces", r.getType());
    }

    @Test
    void theModelTabKeepsTheHorizonAfterTheStart() {
        p.getTime().setHorizonDays(0);
        assertEquals(0.0, p.getTime().getHorizonDays(), "a setter sets exactly its value");
        Properties tab = new ReadableProperties(p.getTime());
        tab.setValue(index(tab, "Horizon days"), "0.5");
        assertEquals(p.getTime().getStartDay() + 1.0 / 24.0, p.getTime().getHorizonDays(), 1e-12);
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
