package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.Territory;
import org.urbanconflict.basra.scenario.DistrictMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
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
    /** Place of each shown agent among those of its side on the same block (0, 1, 2...), so each gets its own spot. */
    private final Map<Object, Integer> stack = new IdentityHashMap<>();
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
        stack.clear();
        Map<Integer, Integer> onCell = new HashMap<>();
        for (GovernmentUnit u : model.units()) {
            boolean shown = u.isArrived() && u.getActive() > 0;
            place(u, shown, u.getCell(), map);
            if (shown) {
                stack.put(u, onCell.merge(u.getCell(), 1, Integer::sum) - 1);
            }
        }
        onCell.clear();
        for (MilitiaCell m : model.militiaCells()) {
            boolean shown = m.getFighters() > 0;
            place(m, shown, m.getCell(), map);
            if (shown) {
                stack.put(m, onCell.merge(m.getCell(), 1, Integer::sum) - 1);
            }
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

    /**
     * Where an agent stands among the agents of its side on its block: 0 for the first, 1 for the second, and so on;
     * the map shifts each one by its place so two units on one block show as two symbols.
     */
    int stackIndex(Object agent) {
        return stack.getOrDefault(agent, 0);
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
