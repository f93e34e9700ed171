package org.urbanconflict.basra;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Rebuilds who is where ({@link Presence}): per-cell government strength and personnel, militia fighters on the
 * streets, and the agents on each cell. Runs before the agents decide and again after they move, so both decisions
 * and combat see the current hour's positions. Costs one pass over the agents and five array fills. Agents are added
 * in array order, which fixes the order combat later walks them in.
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
            model.territory().presence().indexWindows();
        }
    }

    static void rebuild(ConflictModel model) {
        Presence presence = model.territory().presence();
        GovernmentUnit[] units = model.units();
        MilitiaCell[] cells = model.militiaCells();
        presence.clear(units.length, cells.length);
        for (int i = 0; i < units.length; i++) {
            GovernmentUnit u = units[i];
            if (u.isArrived() && u.getActive() != 0) {
                presence.addUnit(i, u.getCell(), u.effectiveStrength(), u.getActive(), u.getRole() == Role.ASSAULT);
            }
        }
        for (int i = 0; i < cells.length; i++) {
            int onStreets = cells[i].fightersOnStreets();
            if (onStreets != 0) {
                presence.addMilitia(i, cells[i].getCell(), onStreets);
            }
        }
    }
}
