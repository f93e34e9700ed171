package org.urbanconflict.basra;

import org.urbanconflict.basra.params.GovernmentParameters;
import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.basra.params.UnitTypeParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A company-sized Iraqi army or police unit. Each hour a group of its members (a platoon: {@code refusalGroupShare}
 * of its starting strength) may refuse to fight, fighting members may desert, and its infiltrated members may defect
 * one by one (see {@link BreakingHazards}; a unit with no militia loyalists cannot lose defectors); its morale moves
 * with losses and quiet, and an assault unit advances one cell at a time on its objective district when the local
 * force ratio allows; after the ceasefire it enters only blocks with no militia on the streets (31 March: government
 * forces entered Mahdi Army areas unopposed), until the April clearance resumes. Members who refused stay with the
 * unit without fighting, and losses fall on the fighting members first; when no one is left fighting, the whole unit
 * refuses and falls back on the staging districts, abandoning its ground.
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
    /** Personnel at creation: refusal groups are a fixed share of it, so a weakened unit's platoons stay platoons. */
    private final int startingStrength;
    private int cell;
    private int active;
    /** Members loyal to the militia and still in the unit: the only ones who can defect. */
    private int infiltrated;
    /** Members who refused and are still in the unit; they are part of {@code active} but do not fight. */
    private int refused;
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
        this.startingStrength = personnel;
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
            refuseAsGroup(model, gp);
        }
        if (!refusing) {
            int fighting = getFighting();
            desert(model, model.draws(RandomStream.HAZARDS).poissonCapped(
                    fighting * tp.getDesertionHazard() * multiplier, fighting));
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

    /**
     * A platoon refuses: it stops fighting but stays in the unit, which fights on with the rest. When no one is left
     * fighting the whole unit refuses and falls back. Each group shakes nearby units in proportion to its share of
     * the unit, so a unit that refuses platoon by platoon spreads as much doubt as one that refuses at once. The log
     * records the first group and the whole unit, not every platoon.
     */
    private void refuseAsGroup(ConflictModel model, GovernmentParameters gp) {
        int group = Math.min(getFighting(), Math.max(1,
                (int) Math.round(gp.getRefusalGroupShare() * startingStrength)));
        boolean first = refused == 0;
        refused += group;
        model.ledger().refusal(type, group);
        refusing = getFighting() == 0;
        if (refusing) {
            model.events().record(model.hour(), EventKind.REFUSAL, this, describe() + " refuses to fight");
        } else if (first) {
            model.events().record(model.hour(), EventKind.REFUSAL, this, describe() + ": " + group
                    + " refuse to fight; the rest fight on");
        }
        model.interactions().spreadDoubt(cell, this, (double) group / startingStrength);
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
        model.interactions().spreadDoubt(cell, this, 1.0);
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

    /**
     * Applies combat or strike losses, to the fighting members first and only then to those who refused; the caller
     * records them in the ledger.
     */
    public void takeLosses(int casualties) {
        int taken = Math.min(casualties, active);
        active -= taken;
        refused = Math.min(refused, active);
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
     * Dismisses the members who refused: they leave the force (the caller records them in the ledger as dismissed).
     * A unit that refused as a whole is then empty and no longer counts, moves or holds ground. Returns how many
     * were dismissed.
     */
    public int dismissRefusers() {
        int dismissed = refused;
        active -= refused;
        refused = 0;
        return dismissed;
    }

    public void embedAdvisers(double boost) {
        baselineMorale = Math.min(1.0, baselineMorale + boost);
        morale = Math.min(1.0, morale + boost);
    }

    /** Effective strength for combat of the members still fighting, zero if the whole unit refuses. */
    public double effectiveStrength() {
        return refusing || !arrived ? 0.0 : Attrition.governmentEffectiveness(getFighting(),
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

    /** Members still fighting: the active strength less those who refused. */
    public int getFighting() {
        return active - refused;
    }

    /** Members who refused and are still in the unit. */
    public int getRefused() {
        return refused;
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

    /** Whether the whole unit refuses: no member is left fighting. */
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
