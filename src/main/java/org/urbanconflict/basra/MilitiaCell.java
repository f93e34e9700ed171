package org.urbanconflict.basra;

import org.urbanconflict.basra.params.MilitiaParameters;
import org.urbanconflict.basra.params.PostureWeights;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A Mahdi Army detachment based in a home district. Each hour it recruits from sympathetic residents, may hand in
 * weapons under the ultimatum, and acts on its posture: defend its ground, ambush a unit nearby (with an IED if it
 * has one), raid a government-held block, fire mortars or rockets, or sabotage. A cell in contact always defends;
 * a cell bled below its withdrawal share breaks contact. After the ceasefire a compliant cell stands down.
 */
public final class MilitiaCell implements Steppable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final int homeDistrict;
    private final int homeCell;
    private int cell;
    private int fighters;
    private int peakFighters;
    private int weapons;
    private int mortarRounds;
    private int ieds;
    private Posture posture = Posture.DEFEND;
    private boolean ambushing;

    public MilitiaCell(int id, int homeDistrict, int homeCell, int fighters, int weapons, MilitiaParameters p) {
        this.id = id;
        this.homeDistrict = homeDistrict;
        this.homeCell = homeCell;
        this.cell = homeCell;
        this.fighters = fighters;
        this.peakFighters = fighters;
        this.weapons = weapons;
        this.mortarRounds = p.getMortarRoundsPerCell();
        this.ieds = p.getIedsPerCell();
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        ambushing = false;
        if (fighters == 0) {
            return;
        }
        handInWeapons(model);
        if (posture == Posture.STOOD_DOWN) {
            return;
        }
        recruit(model);
        MilitiaParameters p = model.parameters().getMilitia();
        Territory territory = model.territory();
        if (territory.governmentStrength(cell) > 0) {
            posture = Posture.DEFEND;
            return;
        }
        if (fighters < p.getWithdrawBelowShare() * peakFighters) {
            posture = Posture.DEFEND;
            cell = model.planner().stepToward(cell, homeCell);
            return;
        }
        if (model.draws(RandomStream.MILITIA).nextDouble() < p.getPostureChangeProbability()) {
            posture = choosePosture(model, p.getPostures());
        }
        act(model, p);
    }

    private void act(ConflictModel model, MilitiaParameters p) {
        switch (posture) {
            case DEFEND -> cell = model.planner().stepToward(cell, homeCell);
            case AMBUSH -> ambush(model, p);
            case RAID -> raid(model, p);
            case INDIRECT_FIRE -> indirectFire(model, p);
            case SABOTAGE -> sabotage(model, p);
            case STOOD_DOWN -> { }
        }
    }

    private Posture choosePosture(ConflictModel model, PostureWeights w) {
        double total = w.getDefend() + w.getAmbush() + w.getRaid() + w.getIndirectFire() + w.getSabotage();
        double u = model.draws(RandomStream.MILITIA).nextDouble() * total;
        if ((u -= w.getDefend()) < 0) {
            return Posture.DEFEND;
        }
        if ((u -= w.getAmbush()) < 0) {
            return Posture.AMBUSH;
        }
        if ((u -= w.getRaid()) < 0) {
            return Posture.RAID;
        }
        return u - w.getIndirectFire() < 0 ? Posture.INDIRECT_FIRE : Posture.SABOTAGE;
    }

    private void ambush(ConflictModel model, MilitiaParameters p) {
        int target = model.territory().nearestGovernmentCell(cell, 2);
        if (target < 0) {
            cell = model.planner().stepToward(cell, homeCell);
            return;
        }
        if (ieds > 0) {
            ieds--;
            model.interactions().iedStrike(target, p.getIedCasualties(), this);
        }
        cell = target;
        ambushing = true;
        posture = Posture.DEFEND;
    }

    private void raid(ConflictModel model, MilitiaParameters p) {
        int target = model.territory().nearestGovernmentHeldCell(cell, (int) p.getRaidRangeCells());
        if (target < 0) {
            posture = Posture.DEFEND;
            return;
        }
        cell = model.planner().stepToward(cell, target);
    }

    private void indirectFire(ConflictModel model, MilitiaParameters p) {
        if (mortarRounds == 0) {
            posture = Posture.DEFEND;
            return;
        }
        GovernmentUnit target = model.interactions().randomGovernmentUnitWithin(cell, p.getIndirectFireRangeCells());
        if (target != null) {
            mortarRounds--;
            model.interactions().indirectFire(target, this);
        }
    }

    private void sabotage(ConflictModel model, MilitiaParameters p) {
        model.interactions().sabotage(this, p.getSabotagePressure());
        posture = Posture.DEFEND;
    }

    private void recruit(ConflictModel model) {
        double mean = model.parameters().getMilitia().getRecruitmentRate()
                * model.civilians().sympathisersPerCell(homeDistrict, model.militiaCellsIn(homeDistrict));
        int recruits = model.civilians().enlist(homeCell, model.draws(RandomStream.MILITIA).poisson(mean));
        if (recruits > 0) {
            fighters += recruits;
            weapons += recruits;
            peakFighters = Math.max(peakFighters, fighters);
            model.ledger().militiaRecruits(recruits);
        }
    }

    private void handInWeapons(ConflictModel model) {
        double rate = model.handInRate(posture == Posture.STOOD_DOWN);
        int handed = model.draws(RandomStream.MILITIA).poissonCapped(weapons * rate, weapons);
        if (handed > 0) {
            weapons -= handed;
            model.ledger().weaponsHandedIn(handed);
        }
    }

    /** Obeys the stand-down order with the scenario's compliance probability; returns whether it did. */
    public boolean hearStandDown(ConflictModel model) {
        double compliance = model.parameters().getMilitia().getStandDownCompliance();
        if (fighters > 0 && model.draws(RandomStream.MILITIA).nextDouble() < compliance) {
            posture = Posture.STOOD_DOWN;
            cell = homeCell;
            return true;
        }
        return false;
    }

    /**
     * A stood-down cell whose home district the April clearance reaches goes back to the streets with the given
     * chance, defending its ground; returns whether it did. Cells still fighting, and empty cells, are left alone.
     */
    public boolean meetClearance(ConflictModel model, double resistance) {
        if (posture != Posture.STOOD_DOWN || fighters == 0
                || model.draws(RandomStream.CLEARANCE).nextDouble() >= resistance) {
            return false;
        }
        posture = Posture.DEFEND;
        return true;
    }

    /** Applies losses; the caller records them in the ledger. */
    public void takeLosses(int casualties) {
        fighters -= Math.min(casualties, fighters);
    }

    /** Adds government defectors, who bring their weapons. */
    public void absorb(int defectors) {
        fighters += defectors;
        weapons += defectors;
        peakFighters = Math.max(peakFighters, fighters);
    }

    /** Fighters on the streets: zero once stood down. */
    public int fightersOnStreets() {
        return posture == Posture.STOOD_DOWN ? 0 : fighters;
    }

    public double effectiveStrength() {
        return posture == Posture.STOOD_DOWN ? 0.0 : Attrition.militiaEffectiveness(fighters, weapons);
    }

    public boolean isAmbushing() {
        return ambushing;
    }

    public String describe() {
        return "militia cell " + id;
    }

    public int getId() {
        return id;
    }

    public int getHomeDistrict() {
        return homeDistrict;
    }

    public int getCell() {
        return cell;
    }

    public int getFighters() {
        return fighters;
    }

    public int getWeapons() {
        return weapons;
    }

    public int getMortarRounds() {
        return mortarRounds;
    }

    public int getIeds() {
        return ieds;
    }

    public Posture getPosture() {
        return posture;
    }
}
