package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.Territory;

/** The GUI's record of who held each cell: starts from hour 0, adds a change only when control changes. */
class ControlHistoryTest {
    @Test
    void recordsEachChangeOfHandsAndNothingElse() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        model.start();
        ControlHistory history = new ControlHistory();
        history.reset(model.territory());
        assertEquals(0, history.changeCount());
        Territory t = model.territory();
        for (int h = 0; h < 48; h++) {
            model.schedule.step(model);
            history.observe(t, h);
        }
        assertTrue(history.changeCount() > 0, "cells change hands in the first two days");
        int changed = -1;
        for (int c = 0; c < t.map().cellCount() && changed < 0; c++) {
            if (history.of(c).size() > 1) {
                changed = c;
            }
        }
        List<ControlHistory.Change> changes = history.of(changed);
        assertEquals(ControlHistory.START, changes.get(0).hour());
        assertEquals(t.control(changed), changes.get(changes.size() - 1).control(), "the last change is now");
        for (int i = 1; i < changes.size(); i++) {
            assertNotEquals(changes.get(i - 1).control(), changes.get(i).control(), "a change must change hands");
            assertTrue(changes.get(i).hour() >= changes.get(i - 1).hour());
        }
    }

    @Test
    void describesTheLatestHolderFirst() {
        ConflictModel model = GuiTestModels.baselineAfter(0, 1);
        ControlHistory history = new ControlHistory();
        history.reset(model.territory());
        int cell = model.territory().urbanCells()[0];
        String start = ControlHistory.name(model.territory().control(cell));
        assertEquals(start + " at the start", history.describe(cell, model.clock(), 4));
        assertEquals("not recorded", new ControlHistory().describe(cell, model.clock(), 4));
    }

    @Test
    void longHistoriesAreCut() {
        ConflictModel model = GuiTestModels.baselineAfter(0, 1);
        ControlHistory history = new ControlHistory();
        history.reset(model.territory());
        Territory t = model.territory();
        // Feed the record a cell that flips every hour by observing two territories in turn.
        ConflictModel later = GuiTestModels.baselineAfter(40, 1);
        int flipping = -1;
        for (int c : t.urbanCells()) {
            if (t.control(c) != later.territory().control(c)) {
                flipping = c;
                break;
            }
        }
        assertTrue(flipping >= 0, "some cell differs between hour 0 and hour 40");
        for (int h = 1; h <= 6; h++) {
            history.observe(h % 2 == 1 ? later.territory() : t, h);
        }
        String text = history.describe(flipping, model.clock(), 3);
        assertTrue(text.startsWith(ControlHistory.name(t.control(flipping)) + " since Tue 25 Mar 09:00"), text);
        assertTrue(text.endsWith("; 4 earlier changes"), text);
    }
}
