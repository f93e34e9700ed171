package org.urbanconflict.basra;

import java.io.Serializable;
import org.urbanconflict.basra.params.MoraleParameters;

/**
 * Effects one agent has on others: casualties, defectors changing sides, doubt spreading, strikes steadying units.
 * Each updates the agents and the {@link ForceLedger} together, so personnel are conserved by construction.
 */
public final class Interactions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ConflictModel model;

    Interactions(ConflictModel model) {
        this.model = model;
    }

    /** Inflicts casualties on a unit, splits them into killed and wounded, and returns how many it took. */
    public int governmentCasualties(GovernmentUnit unit, int casualties) {
        int taken = Math.min(casualties, unit.getActive());
        if (taken > 0) {
            unit.takeLosses(taken);
            int killed = model.draws().binomialSmall(taken, model.parameters().getCombat().getKilledFraction());
            model.ledger().governmentCasualties(unit.getType(), killed, taken - killed);
        }
        return taken;
    }

    /** Shares casualties among the militia on the streets of a cell, largest cells first; returns those taken. */
    public int militiaLosses(int cell, int casualties) {
        Territory t = model.territory();
        int remaining = Math.min(casualties, t.militiaFighters[cell]);
        int taken = 0;
        int present = t.militiaFighters[cell];
        for (int i = t.cellHead[cell]; i >= 0 && remaining > 0; i = model.cellNext[i]) {
            MilitiaCell m = model.militiaCells()[i];
            int share = i == lastIn(cell) ? remaining
                    : Math.min(remaining, (int) Math.round((double) casualties * m.fightersOnStreets() / present));
            share = Math.min(share, m.fightersOnStreets());
            m.takeLosses(share);
            remaining -= share;
            taken += share;
        }
        t.militiaFighters[cell] -= taken;
        int killed = model.draws().binomialSmall(taken, model.parameters().getCombat().getKilledFraction());
        model.ledger().militiaCasualties(killed, taken - killed);
        return taken;
    }

    private int lastIn(int cell) {
        int last = -1;
        for (int i = model.territory().cellHead[cell]; i >= 0; i = model.cellNext[i]) {
            last = i;
        }
        return last;
    }

    /** An IED on a cell with government units: casualties on the largest unit there. */
    public void iedStrike(int cell, int casualties, MilitiaCell by) {
        GovernmentUnit target = largestUnitIn(cell);
        if (target != null) {
            governmentCasualties(target, casualties);
        }
    }

    /** A mortar or rocket volley on a unit: casualties to it and to residents of its cell. */
    public void indirectFire(GovernmentUnit target, MilitiaCell by) {
        governmentCasualties(target, model.draws().poisson(model.parameters().getMilitia().getIndirectFireCasualties()));
        int cell = target.getCell();
        int civilians = model.draws().poisson(model.parameters().getMilitia().getIndirectFireCivilianCasualties()
                * model.densityOf(cell) * model.civilians().occupancy(cell));
        model.civilians().harm(model, cell, civilians, false);
    }

    public void sabotage(MilitiaCell by, double pressure) {
        model.ledger().sabotage();
        if (model.ledger().sabotageActs() == 1) {
            model.events().record(model.hour(), EventKind.SABOTAGE, by,
                    by.describe() + " bombs an export pipeline south of the city");
        }
    }

    /** Government defectors join the nearest militia cell, weapons and all. */
    public void absorbDefectors(int cell, int defectors) {
        MilitiaCell nearest = null;
        int best = Integer.MAX_VALUE;
        int w = model.territory().map().width();
        for (MilitiaCell m : model.militiaCells()) {
            int d = Math.max(Math.abs(m.getCell() / w - cell / w), Math.abs(m.getCell() % w - cell % w));
            if (d < best) {
                best = d;
                nearest = m;
            }
        }
        if (nearest != null) {
            nearest.absorb(defectors);
        }
    }

    /** A refusal or defection shakes the units within the contagion radius. */
    public void spreadDoubt(int cell, GovernmentUnit source) {
        MoraleParameters p = model.parameters().getGovernment().getMorale();
        forUnitsNear(cell, p.getContagionRadius(), u -> {
            if (u != source) {
                u.shaken(p.getContagionLoss());
            }
        });
    }

    /** A coalition strike steadies the units within two cells of it. */
    public void steadyUnitsNear(int cell) {
        double boost = model.parameters().getGovernment().getMorale().getFireSupportBoost();
        forUnitsNear(cell, 2, u -> u.steadied(boost));
    }

    /** A random unit able to fight within range of a cell (up to eight tries), or null. */
    public GovernmentUnit randomGovernmentUnitWithin(int cell, double range) {
        GovernmentUnit[] units = model.units();
        int w = model.territory().map().width();
        for (int attempt = 0; attempt < 8; attempt++) {
            GovernmentUnit u = units[model.random.nextInt(units.length)];
            int c = u.getCell();
            if (u.effectiveStrength() > 0
                    && Math.max(Math.abs(c / w - cell / w), Math.abs(c % w - cell % w)) <= range) {
                return u;
            }
        }
        return null;
    }

    private GovernmentUnit largestUnitIn(int cell) {
        GovernmentUnit best = null;
        for (int i = model.territory().unitHead[cell]; i >= 0; i = model.unitNext[i]) {
            GovernmentUnit u = model.units()[i];
            if (u.effectiveStrength() > 0 && (best == null || u.getActive() > best.getActive())) {
                best = u;
            }
        }
        return best;
    }

    private void forUnitsNear(int cell, double radius, java.util.function.Consumer<GovernmentUnit> action) {
        int w = model.territory().map().width();
        for (GovernmentUnit u : model.units()) {
            int c = u.getCell();
            if (u.isArrived() && Math.max(Math.abs(c / w - cell / w), Math.abs(c % w - cell % w)) <= radius) {
                action.accept(u);
            }
        }
    }
}
