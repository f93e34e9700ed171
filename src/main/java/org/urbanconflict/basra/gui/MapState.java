package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.Territory;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.field.grid.IntGrid2D;
import sim.field.grid.SparseGrid2D;

/**
 * The fields the map portrays, refreshed from the model once an hour with the schedule locked: what each cell shows
 * (a {@link Palette} code), where each unit and militia cell stands, and the control history. The model keeps flat
 * arrays for speed; MASON's portrayals want grids, so this copies, which costs about 1,400 cells and 400 agents an
 * hour. MASON grids are indexed [x][y], that is [column][row].
 */
final class MapState {
    private final ControlHistory history = new ControlHistory();
    private ConflictModel model;
    private IntGrid2D cells = new IntGrid2D(1, 1);
    private SparseGrid2D agents = new SparseGrid2D(1, 1);

    /** Points at a started (or freshly loaded) model and rebuilds everything from its current state. */
    void bind(ConflictModel started) {
        this.model = started;
        DistrictMap map = started.territory().map();
        if (cells.getWidth() != map.width() || cells.getHeight() != map.height()) {
            cells = new IntGrid2D(map.width(), map.height());
            agents = new SparseGrid2D(map.width(), map.height());
        } else {
            agents.clear();
        }
        history.reset(started.territory());
        refresh();
    }

    /** Copies this hour's control and positions; call with the schedule locked. */
    void refresh() {
        Territory territory = model.territory();
        DistrictMap map = territory.map();
        for (int c = 0; c < map.cellCount(); c++) {
            cells.field[map.col(c)][map.row(c)] = Palette.mapCode(map.terrain(c), territory.control(c));
        }
        for (GovernmentUnit u : model.units()) {
            place(u, u.isArrived() && u.getActive() > 0, u.getCell(), map);
        }
        for (MilitiaCell m : model.militiaCells()) {
            place(m, m.getFighters() > 0, m.getCell(), map);
        }
        history.observe(territory, (int) model.schedule.getSteps() - 1);
    }

    private void place(Object agent, boolean shown, int cell, DistrictMap map) {
        if (shown) {
            agents.setObjectLocation(agent, map.col(cell), map.row(cell));
        } else {
            agents.remove(agent);
        }
    }

    ConflictModel model() {
        return model;
    }

    ControlHistory history() {
        return history;
    }

    IntGrid2D cells() {
        return cells;
    }

    SparseGrid2D agents() {
        return agents;
    }
}
