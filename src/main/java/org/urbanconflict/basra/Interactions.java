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
            int killed = model.draws(RandomStream.CASUALTY_SPLIT).binomialSmall(taken,
                    model.parameters().getCombat().getKilledFraction());
            model.ledger().governmentCasualties(unit.getType(), killed, taken - killed);
        }
        return taken;
    }

    /**
     * Shares casualties among the militia cells on the streets of a cell in proportion to their fighters, in the
     * order {@link Presence} lists them, the last listed taking what rounding left; returns those taken.
     */
    public int militiaLosses(int cell, int casualties) {
        Presence presence = model.territory().presence();
        int present = presence.militiaFighters(cell);
        int remaining = Math.min(casualties, present);
        int taken = 0;
        int last = presence.lastMilitia(cell);
        for (int i = presence.firstMilitia(cell); i >= 0 && remaining > 0; i = presence.nextMilitia(i)) {
            MilitiaCell m = model.militiaCells()[i];
            int share = i == last ? remaining
                    : Math.min(remaining, (int) Math.round((double) casualties * m.fightersOnStreets() / present));
            share = Math.min(share, m.fightersOnStreets());
            m.takeLosses(share);
            remaining -= share;
            taken += share;
        }
        presence.removeMilitiaFighters(cell, taken);
        int killed = model.draws(RandomStream.CASUALTY_SPLIT).binomialSmall(taken,
                    model.parameters().getCombat().getKilledFraction());
        model.ledger().militiaCasualties(killed, taken - killed);
        return taken;
    }

    /** An IED on a cell with government units: Poisson casualties on the largest unit there, less its armour. */
    public void iedStrike(int cell, double meanCasualties, MilitiaCell by) {
        GovernmentUnit target = largestUnitIn(cell);
        if (target != null) {
            governmentCasualties(target, model.draws(RandomStream.MILITIA).poisson(meanCasualties * exposure(target)));
        }
    }

    /** A mortar or rocket volley on a unit: casualties to it and to residents of its cell. */
    public void indirectFire(GovernmentUnit target, MilitiaCell by) {
        governmentCasualties(target, model.draws(RandomStream.MILITIA).poisson(
                model.parameters().getMilitia().getIndirectFireCasualties() * exposure(target)));
        int cell = target.getCell();
        int civilians = model.draws(RandomStream.MILITIA).poisson(
                model.parameters().getMilitia().getIndirectFireCivilianCasualties()
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
        Presence presence = model.territory().presence();
        for (MilitiaCell m : model.militiaCells()) {
            int d = presence.distance(m.getCell(), cell);
            if (d < best) {
                best = d;
                nearest = m;
            }
        }
        if (nearest != null) {
            nearest.absorb(defectors);
        }
    }

    /**
     * A refusal or defection shakes the arrived units within the contagion radius, in array order, by the contagion
     * loss times {@code weight} (the refusing group's share of its unit; 1 for a defection).
     */
    public void spreadDoubt(int cell, GovernmentUnit source, double weight) {
        MoraleParameters p = model.parameters().getGovernment().getMorale();
        double radius = p.getContagionRadius();
        Presence presence = model.territory().presence();
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived() && presence.distance(u.getCell(), cell) <= radius && u != source) {
                u.shaken(p.getContagionLoss() * weight);
            }
        }
    }

    /** A coalition strike steadies the arrived units within two cells of it, in array order. */
    public void steadyUnitsNear(int cell) {
        double boost = model.parameters().getGovernment().getMorale().getFireSupportBoost();
        Presence presence = model.territory().presence();
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived() && presence.distance(u.getCell(), cell) <= 2) {
                u.steadied(boost);
            }
        }
    }

    /** A random unit able to fight within range of a cell (up to eight tries), or null. */
    public GovernmentUnit randomGovernmentUnitWithin(int cell, double range) {
        GovernmentUnit[] units = model.units();
        Presence presence = model.territory().presence();
        for (int attempt = 0; attempt < 8; attempt++) {
            GovernmentUnit u = units[model.draws(RandomStream.MILITIA).nextInt(units.length)];
            if (u.effectiveStrength() > 0 && presence.distance(u.getCell(), cell) <= range) {
                return u;
            }
        }
        return null;
    }

    /** The share of incoming fire a unit's armour and training let through ({@link Attrition#governmentExposure}). */
    public double exposure(GovernmentUnit unit) {
        return Attrition.governmentExposure(model.parameters().getCombat().getArmourProtection(), unit.getTraining());
    }

    /** The largest unit able to fight in the cell, or null. */
    public GovernmentUnit largestUnitIn(int cell) {
        GovernmentUnit best = null;
        Presence presence = model.territory().presence();
        for (int i = presence.firstUnit(cell); i >= 0; i = presence.nextUnit(i)) {
            GovernmentUnit u = model.units()[i];
            if (u.effectiveStrength() > 0 && (best == null || u.getActive() > best.getActive())) {
                best = u;
            }
        }
        return best;
    }
}
