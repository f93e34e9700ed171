package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.core.Ordered;
import sim.util.Properties;

/** What a click on a unit, a militia cell or a block shows: the state the issue asks for, in a readable order. */
class InspectionTest {
    private static final ConflictModel MODEL = GuiTestModels.baselineAfter(30, 1);
    private static final ControlHistory HISTORY = history();

    private static ControlHistory history() {
        ControlHistory h = new ControlHistory();
        h.reset(MODEL.territory());
        return h;
    }

    private static Set<String> names(Object bean) {
        Properties props = Properties.getProperties(bean);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < props.numProperties(); i++) {
            names.add(props.getName(i));
            assertNotNull(props.getValue(i), bean + " / " + props.getName(i));
        }
        assertEquals(new HashSet<>(((Ordered) bean).propertyOrder()), names, bean + ": order and getters disagree");
        return names;
    }

    @Test
    void unitShowsStrengthMoraleInfiltrationDistrictAndHistory() {
        GovernmentUnit unit = MODEL.units()[0];
        UnitInspection view = new UnitInspection(MODEL, HISTORY, unit);
        assertTrue(names(view).containsAll(Set.of("Strength", "Morale", "Infiltration", "District", "Status",
                "ControlHistory")));
        assertEquals(unit.getActive(), view.getStrength());
        assertEquals(MODEL.placeName(unit.getCell()), view.getDistrict());
        assertTrue(view.toString().matches("[A-Z][a-zA-Z ]+ unit \\d+"), view.toString());
        assertTrue(view.getControlHistory().endsWith("at the start"), view.getControlHistory());
    }

    @Test
    void militiaCellShowsPosture() {
        MilitiaCell cell = MODEL.militiaCells()[0];
        MilitiaInspection view = new MilitiaInspection(MODEL, HISTORY, cell);
        assertTrue(names(view).containsAll(Set.of("Strength", "Posture", "District", "HomeDistrict",
                "ControlHistory")));
        assertEquals(MilitiaInspection.posture(cell.getPosture()), view.getPosture());
        assertEquals("indirect fire", MilitiaInspection.posture(org.urbanconflict.basra.Posture.INDIRECT_FIRE));
    }

    @Test
    void blockShowsControlAndResidents() {
        int cell = MODEL.territory().urbanCells()[100];
        CellInspection view = new CellInspection(MODEL, HISTORY, cell);
        assertTrue(names(view).containsAll(Set.of("District", "Control", "ControlHistory", "Residents")));
        assertEquals("built-up", view.getTerrain());
        assertEquals(ControlHistory.name(MODEL.territory().control(cell)), view.getControl());
        assertTrue(view.toString().contains("row "), view.toString());
    }
}
