package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.EventKind;

/** Repeated events of one unit read as one line with a count (issue 14, finding 11). */
class EventCollapserTest {
    private static EventLogModel.Row row(int hour, EventKind kind, Object subject) {
        return new EventLogModel.Row(hour, "h" + hour, kind, EventLogModel.tag(kind), "text " + hour, subject);
    }

    @Test
    void sixDefectionsOfOneUnitAreOneLine() {
        Object unit = new Object();
        List<EventLogModel.Row> rows = new ArrayList<>();
        for (int h = 1; h <= 6; h++) {
            rows.add(row(h, EventKind.DEFECTION, unit));
        }
        EventCollapser collapser = new EventCollapser();
        EventCollapser.Change change = collapser.add(rows);
        assertEquals(1, change.appended().size());
        EventLogModel.Row line = change.appended().get(0);
        assertEquals(6, line.count());
        assertEquals("h1", line.when(), "dated by the first");
        assertTrue(line.fullText().contains("\u00d76, last h6"), line.fullText());
    }

    @Test
    void aLaterRepeatUpdatesTheEarlierLineInPlace() {
        Object unit = new Object();
        EventCollapser collapser = new EventCollapser();
        collapser.add(List.of(row(1, EventKind.DEFECTION, unit), row(2, EventKind.ULTIMATUM, null)));
        EventCollapser.Change change = collapser.add(List.of(row(3, EventKind.DEFECTION, unit)));
        assertTrue(change.appended().isEmpty());
        assertEquals(2, change.replaced().get(0).count(), "line 0 now counts two");
        assertEquals(2, collapser.lines().size());
    }

    @Test
    void otherUnitsKindsEventsWithoutSubjectAndOldRepeatsStayApart() {
        Object a = new Object();
        Object b = new Object();
        EventCollapser collapser = new EventCollapser();
        collapser.add(List.of(row(1, EventKind.DEFECTION, a), row(1, EventKind.DEFECTION, b),
                row(1, EventKind.REFUSAL, a), row(2, EventKind.CEASEFIRE, null), row(3, EventKind.CEASEFIRE, null),
                row(1 + EventCollapser.WINDOW_HOURS + 5, EventKind.REFUSAL, a)));
        assertEquals(6, collapser.lines().size());
    }

    @Test
    void theBaselineLogIsShorterThanItsEvents() {
        ConflictModel model = GuiTestModels.baselineAfter(168, 1);
        List<EventLogModel.Row> rows = new EventLogModel().newRows(model);
        EventCollapser collapser = new EventCollapser();
        collapser.add(rows);
        int total = collapser.lines().stream().mapToInt(EventLogModel.Row::count).sum();
        assertEquals(rows.size(), total, "every event is counted once");
        for (int i = 1; i < collapser.lines().size(); i++) {
            EventLogModel.Row before = collapser.lines().get(i - 1);
            EventLogModel.Row now = collapser.lines().get(i);
            assertTrue(now.subject() == null || now.subject() != before.subject() || now.kind() != before.kind(),
                    "no two lines in a row of the same unit and kind: " + now);
        }
    }
}
