package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.util.Int2D;

/**
 * The fields the map portrays mirror the model, and watching never changes it: a run observed every hour the way
 * the GUI observes it is the same run as one nobody watches.
 */
class MapStateTest {
    @Test
    void gridsMirrorTheModel() {
        ConflictModel model = GuiTestModels.baselineAfter(20, 1);
        MapState state = new MapState();
        state.bind(model);
        DistrictMap map = model.territory().map();
        for (int c = 0; c < map.cellCount(); c++) {
            assertEquals(Palette.mapCode(map.terrain(c), model.territory().control(c)),
                    state.cells().field[map.col(c)][map.row(c)]);
        }
        for (GovernmentUnit u : model.units()) {
            Int2D at = state.agents().getObjectLocation(u);
            if (u.isArrived() && u.getActive() > 0) {
                assertEquals(new Int2D(map.col(u.getCell()), map.row(u.getCell())), at);
            } else {
                assertEquals(null, at, "units not on the field are not drawn");
            }
        }
        for (MilitiaCell m : model.militiaCells()) {
            assertEquals(m.getFighters() > 0, state.agents().getObjectLocation(m) != null);
        }
    }

    @Test
    void watchingDoesNotChangeTheRun() {
        ConflictModel watched = ConflictModel.create(TestScenarios.baseline(), 9);
        ConflictModel alone = ConflictModel.create(TestScenarios.baseline(), 9);
        watched.start();
        alone.start();
        MapState state = new MapState();
        state.bind(watched);
        EventLogModel log = new EventLogModel();
        for (int h = 0; h < 189; h++) {
            watched.schedule.step(watched);
            alone.schedule.step(alone);
            state.refresh();
            log.newRows(watched);
            new CellInspection(watched, state.history(), watched.territory().urbanCells()[h]).getControlHistory();
        }
        double[][] a = watched.recorder().table();
        double[][] b = alone.recorder().table();
        assertEquals(b.length, a.length);
        for (int h = 0; h < a.length; h++) {
            assertArrayEquals(b[h], a[h], "hour " + h);
        }
        assertTrue(state.history().changeCount() > 0);
        assertFalse(watched.events().events().isEmpty());
    }
}
