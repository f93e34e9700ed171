package org.urbanconflict.basra;

import org.urbanconflict.basra.params.GovernmentParameters;
import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.basra.params.UnitTypeParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A company-sized Iraqi army or police unit. Each hour it may refuse to fight, lose deserters or see its infiltrated
 * members defect one by one (see {@link BreakingHazards}; a unit with no militia loyalists cannot lose defectors),
 * its morale moves with losses and quiet, and an assault unit advances one cell at a time on its objective district
 * when the local force ratio allows; after the ceasefire it enters only blocks with no militia on the streets (31
 * March: government forces entered Mahdi Army areas unopposed), until the April clearance resumes. A refusing unit stops fighting and falls back on the
 * staging districts, abandoning its ground.
 */
public final class GovernmentUnit implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final double LOSS_MEMORY = Math.exp(-1.0 / 24.0);

    private final int id;
    private final UnitType type;
    private final Role role;
    private final double training;
    private final double infiltration;
    private final int arrivalHour;
    private int cell;
    private int active;
    /** Members loyal to the militia and still in the unit: the only ones who can defect. */
    private int infiltrated;
    private double morale;
    private double baselineMorale;
    private double recentLossShare;
    private int lossesThisHour;
    private double advanceCredit;
    /** Training added by embedded advisers during the April clearance; zero otherwise. */
    private double advisedTrainingGain;
    private int objective;
    private boolean refusing;
    private boolean arrived;
    /** Whether any member has defected yet: the event log records a unit's first defection only, not each one. */
    private boolean defectedBefore;

    public GovernmentUnit(int id, UnitType type, UnitTypeParameters p, int cell, int personnel, int objective,
            int arrivalHour) {
        this.id = id;
        this.type = type;
        this.role = Role.fromJson(p.getRole());
        this.training = p.getTraining();
        this.infiltration = p.getInfiltration();
        this.morale = p.getMorale();
        this.baselineMorale = p.getMorale();
        this.cell = cell;
        this.active = personnel;
        this.infiltrated = (int) Math.round(personnel * p.getInfiltration());
        this.objective = objective;
        this.arrivalHour = arrivalHour;
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        if (!arrived || active == 0) {
            return;
        }
        GovernmentParameters gp = model.parameters().getGovernment();
        updateMorale(model, gp);
        double multiplier = hazardMultiplier(model, gp);
        UnitTypeParameters tp = gp.getTypes().get(type);
        if (!refusing && model.draws(RandomStream.HAZARDS).hazardEvent(tp.getRefusalHazard() * multiplier)) {
            refuse(model);
        }
        if (!refusing) {
            desert(model, model.draws(RandomStream.HAZARDS).poissonCapped(
                    active * tp.getDesertionHazard() * multiplier, active));
        }
        int candidates = Math.min(infiltrated, active);
        if (candidates > 0) {
            defect(model, model.draws(RandomStream.HAZARDS).poissonCapped(
                    candidates * tp.getDefectionHazard() * multiplier, candidates));
        }
        if (active > 0) {
            move(model, gp);
        }
    }

    private void updateMorale(ConflictModel model, GovernmentParameters gp) {
        int strengthBefore = active + lossesThisHour;
        if (lossesThisHour > 0 && strengthBefore > 0) {
            double share = (double) lossesThisHour / strengthBefore;
            recentLossShare += share;
            morale -= gp.getMorale().getLossPerCasualtyShare() * share;
        } else if (!model.territory().foughtAt(cell, model.hour() - 1)) {
            morale += gp.getMorale().getRecoveryPerHour() * (baselineMorale - morale);
        }
        recentLossShare *= LOSS_MEMORY;
        lossesThisHour = 0;
        morale = Math.max(0.0, Math.min(1.0, morale));
    }

    private double hazardMultiplier(ConflictModel model, GovernmentParameters gp) {
        int radius = model.parameters().getCombat().getContactRadius();
        double militia = model.territory().militiaWithin(cell, radius);
        double government = model.territory().governmentPersonnelWithin(cell, radius);
        double m = BreakingHazards.multiplier(gp.getHazards(), morale, infiltration, militia, government,
                recentLossShare);
        return model.advisersEmbedded() ? m * (1.0 - gp.getMorale().getAdvisersBoost()) : m;
    }

    private void refuse(ConflictModel model) {
        refusing = true;
        model.ledger().refusal(type, active);
        model.events().record(model.hour(), EventKind.REFUSAL, this, describe() + " refuses to fight");
        model.interactions().spreadDoubt(cell, this);
    }

    private void desert(ConflictModel model, int deserters) {
        if (deserters > 0) {
            active -= deserters;
            model.ledger().desertion(type, deserters);
        }
    }

    /**
     * Infiltrated members go over to the militia with their weapons. Only they can: the rest of a unit breaks by
     * refusing or deserting (fact sheet, Casualties: about 100 defectors against 1,000-1,500 who refused or deserted).
     */
    private void defect(ConflictModel model, int defectors) {
        if (defectors == 0) {
            return;
        }
        active -= defectors;
        infiltrated -= defectors;
        model.ledger().defection(type, defectors);
        model.interactions().absorbDefectors(cell, defectors);
        if (!defectedBefore) {
            defectedBefore = true;
            model.events().record(model.hour(), EventKind.DEFECTION, this, describe()
                    + ": militia loyalists begin to go over with their weapons (" + defectors + " this hour)");
        }
        model.interactions().spreadDoubt(cell, this);
    }

    private void move(ConflictModel model, GovernmentParameters gp) {
        if (refusing) {
            cell = model.planner().stepTowardStaging(cell);
            return;
        }
        if (role != Role.ASSAULT || !model.offensiveActive()) {
            return;
        }
        int current = model.clearance().objectiveFor(id, objective);
        if (current < 0 || model.territory().militiaFighters(cell) > 0) {
            return;
        }
        objective = current;
        advanceCredit = Math.min(1.0, advanceCredit + 1.0 / gp.getAdvanceHoursPerCell());
        if (advanceCredit < 1.0) {
            return;
        }
        int next = model.planner().stepTowardObjective(objective, cell);
        int defenders = model.territory().militiaFighters(next);
        double here = model.territory().governmentStrength(cell);
        boolean unopposedOnly = model.ceasefireCalm();
        if (next != cell && (defenders == 0 || !unopposedOnly && here >= gp.getAdvanceForceRatio() * defenders)) {
            cell = next;
            advanceCredit = 0;
        }
    }

    /** Applies combat or strike losses; the caller records them in the ledger. */
    public void takeLosses(int casualties) {
        int taken = Math.min(casualties, active);
        active -= taken;
        lossesThisHour += taken;
    }

    /** Morale lost when a neighbouring unit breaks. */
    public void shaken(double loss) {
        morale = Math.max(0.0, morale - loss);
    }

    public void steadied(double gain) {
        morale = Math.min(1.0, morale + gain);
    }

    /** Brings a reinforcement unit into the battle; the caller commits its personnel to the ledger. */
    public void arrive() {
        arrived = true;
    }

    /** Advisers' planning and fire coordination during the clearance: the unit fights as if better trained. */
    public void trainWithAdvisers(double gain) {
        advisedTrainingGain = gain;
    }

    /**
     * Dismisses a refusing unit: its personnel leave the force (the caller records them in the ledger as dismissed)
     * and it no longer counts, moves or holds ground. Returns how many were dismissed.
     */
    public int dismiss() {
        int dismissed = active;
        active = 0;
        return dismissed;
    }

    public void embedAdvisers(double boost) {
        baselineMorale = Math.min(1.0, baselineMorale + boost);
        morale = Math.min(1.0, morale + boost);
    }

    /** Effective strength for combat, zero if refusing. */
    public double effectiveStrength() {
        return refusing || !arrived ? 0.0 : Attrition.governmentEffectiveness(active,
                training + advisedTrainingGain);
    }

    public String describe() {
        return type.jsonName() + " unit " + id;
    }

    public int getId() {
        return id;
    }

    public UnitType getType() {
        return type;
    }

    public Role getRole() {
        return role;
    }

    public int getCell() {
        return cell;
    }

    public int getActive() {
        return active;
    }

    public double getMorale() {
        return morale;
    }

    public double getTraining() {
        return training;
    }

    /** Militia loyalists still in the unit. */
    public int getInfiltrated() {
        return infiltrated;
    }

    public double getInfiltration() {
        return infiltration;
    }

    public boolean isRefusing() {
        return refusing;
    }

    public boolean isArrived() {
        return arrived;
    }

    public int getArrivalHour() {
        return arrivalHour;
    }

    public int getObjective() {
        return objective;
    }
}
