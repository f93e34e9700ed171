package org.urbanconflict.basra;

import org.urbanconflict.basra.params.GovernmentParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Scheduled events that are not decisions: the opening of the offensive, reinforcements arriving on their hours,
 * coalition advisers embedding, and raids halting. Checked once an hour against precomputed hours.
 */
final class Timeline implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ConflictModel model;
    private final int advisersHour;
    private final int raidsHaltHour;
    private int reinforcementsArrived;

    Timeline(ConflictModel model) {
        this.model = model;
        GovernmentParameters gp = model.parameters().getGovernment();
        this.advisersHour = model.clock().hourOf(gp.getMorale().getAdvisersDay());
        this.raidsHaltHour = model.clock().hourOf(gp.getRaidsHaltDay());
    }

    /** Commits the forces present at hour 0 to the ledger. */
    void commitInitialForces() {
        for (GovernmentUnit u : model.units()) {
            if (u.getArrivalHour() == 0) {
                u.arrive();
                model.ledger().commitGovernment(u.getType(), u.getActive());
            }
        }
    }

    @Override
    public void step(SimState state) {
        int hour = model.hour();
        if (hour == 0) {
            String first = model.parameters().getGovernment().getObjectives().get(0);
            model.events().record(0, EventKind.OFFENSIVE, null, "Saulat al-Fursan begins: the assault on "
                    + model.territory().map().district(first).map(d -> d.name()).orElse(first));
        }
        int arrivedNow = 0;
        for (GovernmentUnit u : model.units()) {
            if (!u.isArrived() && u.getArrivalHour() <= hour) {
                u.arrive();
                model.ledger().commitGovernment(u.getType(), u.getActive());
                arrivedNow += u.getActive();
            }
        }
        if (arrivedNow > 0) {
            reinforcementsArrived += arrivedNow;
            model.events().record(hour, EventKind.REINFORCEMENT, null, arrivedNow + " reinforcements arrive ("
                    + reinforcementsArrived + " so far)");
        }
        if (hour == advisersHour && hour > 0) {
            double boost = model.parameters().getGovernment().getMorale().getAdvisersBoost();
            for (GovernmentUnit u : model.units()) {
                u.embedAdvisers(boost);
            }
            model.embedAdvisers();
            model.events().record(hour, EventKind.ADVISERS, null, "coalition advisory teams embed with Iraqi units");
        }
        if (hour == raidsHaltHour && model.politics().ceasefireHour() >= 0) {
            model.events().record(hour, EventKind.CEASEFIRE, null, "the government halts raids");
        }
    }
}
