package org.urbanconflict.basra;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Rebuilds who is where: per-cell government strength and personnel, militia fighters on the streets, and the
 * per-cell linked lists of agents. Runs before the agents decide and again after they move, so both decisions and
 * combat see the current hour's positions. Costs one pass over the agents and three array fills.
 */
final class Census implements Steppable {
    private static final long serialVersionUID = 1L;

    private final boolean opensHour;

    /** @param opensHour whether this census opens the hour and so also indexes presence for window sums */
    Census(boolean opensHour) {
        this.opensHour = opensHour;
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        rebuild(model);
        if (opensHour) {
            model.territory().indexPresence();
        }
    }

    static void rebuild(ConflictModel model) {
        Territory t = model.territory();
        Arrays.fill(t.governmentStrength, 0.0);
        Arrays.fill(t.governmentPersonnel, 0);
        Arrays.fill(t.militiaFighters, 0);
        Arrays.fill(t.unitHead, -1);
        Arrays.fill(t.cellHead, -1);
        GovernmentUnit[] units = model.units();
        int[] unitNext = model.unitNext;
        for (int i = 0; i < units.length; i++) {
            GovernmentUnit u = units[i];
            if (!u.isArrived() || u.getActive() == 0) {
                continue;
            }
            int c = u.getCell();
            t.governmentStrength[c] += u.effectiveStrength();
            t.governmentPersonnel[c] += u.getActive();
            unitNext[i] = t.unitHead[c];
            t.unitHead[c] = i;
        }
        MilitiaCell[] cells = model.militiaCells();
        int[] cellNext = model.cellNext;
        for (int i = 0; i < cells.length; i++) {
            MilitiaCell m = cells[i];
            int onStreets = m.fightersOnStreets();
            if (onStreets == 0) {
                continue;
            }
            int c = m.getCell();
            t.militiaFighters[c] += onStreets;
            cellNext[i] = t.cellHead[c];
            t.cellHead[c] = i;
        }
    }
}
