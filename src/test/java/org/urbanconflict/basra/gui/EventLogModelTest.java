package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.EventKind;

/** What the event log shows: each model event once, dated, tagged, worded for people, with its agent. */
class EventLogModelTest {
    @Test
    void eachEventAppearsOnceInOrder() {
        ConflictModel model = GuiTestModels.baselineAfter(40, 1);
        EventLogModel log = new EventLogModel();
        List<EventLogModel.Row> first = log.newRows(model);
        assertEquals(model.events().size(), first.size());
        assertTrue(log.newRows(model).isEmpty(), "nothing new without a step");
        for (int h = 0; h < 100; h++) {
            model.schedule.step(model);
        }
        List<EventLogModel.Row> more = log.newRows(model);
        assertEquals(model.events().size(), first.size() + more.size());
        for (int i = 1; i < first.size(); i++) {
            assertTrue(first.get(i).hour() >= first.get(i - 1).hour());
        }
        log.reset();
        assertEquals(model.events().size(), log.newRows(model).size(), "a reset shows the whole log again");
    }

    @Test
    void rowsAreDatedAndReadable() {
        ConflictModel model = GuiTestModels.baselineAfter(1, 1);
        EventLogModel.Row opening = new EventLogModel().newRows(model).get(0);
        assertEquals(EventKind.OFFENSIVE, opening.kind());
        assertEquals("Tue 25 Mar 03:00", opening.when());
        assertEquals("Offensive", opening.tag());
        assertTrue(opening.text().contains("Tamimiya"), "district ids become names: " + opening.text());
        assertTrue(Character.isUpperCase(opening.text().charAt(0)));
        assertTrue(opening.toString().startsWith("Tue 25 Mar 03:00  Offensive  "));
    }

    @Test
    void refusalsAndDefectionsCarryTheirUnit() {
        ConflictModel model = GuiTestModels.baselineAfter(189, 1);
        boolean sawUnitEvent = false;
        for (EventLogModel.Row row : new EventLogModel().newRows(model)) {
            if (row.kind() == EventKind.REFUSAL || row.kind() == EventKind.DEFECTION) {
                assertTrue(row.subject() instanceof GovernmentUnit, row.toString());
                assertFalse(row.text().contains("localPolice") || row.text().contains("newArmy"), row.text());
                sawUnitEvent = true;
            }
        }
        assertTrue(sawUnitEvent, "the baseline week has refusals or defections");
    }

    @Test
    void everyKindHasItsOwnTag() {
        Set<String> tags = new HashSet<>();
        for (EventKind kind : EventKind.values()) {
            assertNotNull(EventLogModel.tag(kind));
            assertTrue(tags.add(EventLogModel.tag(kind)), kind + " shares a tag");
        }
    }

    @Test
    void unitTypesReadAsWords() {
        assertEquals("Local police unit 3 refuses to fight",
                EventLogModel.sentence("localPolice unit 3 refuses to fight"));
        assertEquals("", EventLogModel.sentence(""));
    }
}
