package org.urbanconflict.basra;

import org.urbanconflict.basra.Attrition.Defender;
import org.urbanconflict.basra.params.CombatParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Resolves the hour's fighting. Wherever government units able to fight share a cell with militia on the streets,
 * they engage with {@code engagementProbability} (always, if the militia sprang an ambush there); losses follow
 * {@link Attrition} and are shared among the agents present in proportion to their strength. After the ceasefire
 * the government opens no fight, only a militia ambush starts one, until the April clearance resumes
 * ({@link ConflictModel#ceasefireCalm}). Civilians in the cell
 * are caught in the crossfire, and units in contact may call for coalition fire.
 */
final class Engagements implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        Territory t = model.territory();
        int hour = model.hour();
        MilitiaCell[] cells = model.militiaCells();
        boolean calm = model.ceasefireCalm();
        for (MilitiaCell m : cells) {
            int c = m.getCell();
            if (m.fightersOnStreets() == 0 || t.governmentStrength(c) <= 0 || t.lastCombatHour[c] == hour) {
                continue;
            }
            boolean ambush = ambushIn(model, c);
            if (calm && !ambush) {
                continue;
            }
            if (ambush || model.draws(RandomStream.COMBAT).nextDouble() < model.parameters().getCombat()
                    .getEngagementProbability()) {
                t.lastCombatHour[c] = hour;
                fight(model, c);
            }
        }
    }

    private static boolean ambushIn(ConflictModel model, int c) {
        Presence presence = model.territory().presence();
        for (int i = presence.firstMilitia(c); i >= 0; i = presence.nextMilitia(i)) {
            if (model.militiaCells()[i].isAmbushing()) {
                return true;
            }
        }
        return false;
    }

    private static void fight(ConflictModel model, int c) {
        Territory t = model.territory();
        CombatParameters p = model.parameters().getCombat();
        Presence presence = t.presence();
        double militiaStrength = 0;
        for (int i = presence.firstMilitia(c); i >= 0; i = presence.nextMilitia(i)) {
            militiaStrength += model.militiaCells()[i].effectiveStrength();
        }
        Control control = t.control(c);
        Defender defender = control == Control.MILITIA ? Defender.MILITIA
                : control == Control.GOVERNMENT ? Defender.GOVERNMENT : Defender.NEITHER;
        double density = model.densityOf(c);
        double ambush = ambushIn(model, c) ? model.parameters().getMilitia().getAmbushMultiplier() : 1.0;
        double govMean = Attrition.expectedGovernmentLosses(militiaStrength, p.getMilitiaLethality(), defender,
                p.getDefenderBonus(), density, ambush);
        double milMean = Attrition.expectedMilitiaLosses(presence.governmentStrength(c), p.getGovernmentLethality(),
                defender, p.getDefenderBonus(), density)
                * Attrition.militiaExposure(defender == Defender.MILITIA, p.getOpenGroundExposure());
        int governmentLosses = governmentLosses(model, c, govMean);
        int militiaLosses = model.interactions().militiaLosses(c, model.draws(RandomStream.COMBAT).poisson(milMean));
        int civilians = model.draws(RandomStream.COMBAT).poisson(
                model.parameters().getCivilians().getCrossfireCasualtiesPerCombatCasualty()
                * (governmentLosses + militiaLosses) * density * model.civilians().occupancy(c));
        model.civilians().harm(model, c, civilians, false);
        model.fireSupport().requestFrom(model, c);
    }

    /**
     * Shares Poisson losses among the government units in the cell, in proportion to their personnel and to the
     * share of fire their armour and training let through.
     */
    private static int governmentLosses(ConflictModel model, int c, double mean) {
        Presence presence = model.territory().presence();
        int total = 0;
        int personnel = presence.governmentPersonnel(c);
        for (int i = presence.firstUnit(c); i >= 0; i = presence.nextUnit(i)) {
            GovernmentUnit u = model.units()[i];
            if (u.effectiveStrength() <= 0) {
                continue;
            }
            double exposure = Attrition.governmentExposure(model.parameters().getCombat().getArmourProtection(),
                    u.getTraining());
            int losses = model.draws(RandomStream.COMBAT).poissonCapped(mean * exposure * u.getFighting() / personnel,
                    u.getFighting());
            total += model.interactions().governmentCasualties(u, losses);
        }
        return total;
    }
}
