package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Engagements, Lanchester-type attrition with Poisson losses, and control of cells.
 */
public final class CombatParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private double engagementProbability;
    private double governmentLethality;
    private double militiaLethality;
    private double defenderBonus;
    private double killedFraction;
    private double controlForceRatio;
    private double takenShare;
    private double revertHazard;
    private int contactRadius;
    private double armourProtection;
    private double openGroundExposure;

    /** Hourly probability that opposing forces sharing a cell fight (hit-and-run is intermittent). */
    public double getEngagementProbability() {
        return engagementProbability;
    }

    public void setEngagementProbability(double value) {
        this.engagementProbability = value;
    }

    public String desEngagementProbability() {
        return "Hourly probability that opposing forces sharing a cell fight (hit-and-run is intermittent).";
    }

    public Object domEngagementProbability() {
        return new Interval(0.0, 1.0);
    }

    /** Expected militia casualties per effective government soldier per engagement hour. */
    public double getGovernmentLethality() {
        return governmentLethality;
    }

    public void setGovernmentLethality(double value) {
        this.governmentLethality = value;
    }

    public String desGovernmentLethality() {
        return "Expected militia casualties per effective government soldier per engagement hour.";
    }

    public Object domGovernmentLethality() {
        return new Interval(0.0, 0.1);
    }

    /** Expected government casualties per militia fighter per engagement hour. */
    public double getMilitiaLethality() {
        return militiaLethality;
    }

    public void setMilitiaLethality(double value) {
        this.militiaLethality = value;
    }

    public String desMilitiaLethality() {
        return "Expected government casualties per militia fighter per engagement hour.";
    }

    public Object domMilitiaLethality() {
        return new Interval(0.0, 0.1);
    }

    /** Defender multiplier is 1 + defenderBonus * urban density. */
    public double getDefenderBonus() {
        return defenderBonus;
    }

    public void setDefenderBonus(double value) {
        this.defenderBonus = value;
    }

    public String desDefenderBonus() {
        return "Defender multiplier is 1 + defenderBonus * urban density.";
    }

    public Object domDefenderBonus() {
        return new Interval(0.0, 5.0);
    }

    /** Share of combatant casualties who are killed (the rest wounded). */
    public double getKilledFraction() {
        return killedFraction;
    }

    public void setKilledFraction(double value) {
        this.killedFraction = value;
    }

    public String desKilledFraction() {
        return "Share of combatant casualties who are killed (the rest wounded).";
    }

    public Object domKilledFraction() {
        return new Interval(0.0, 1.0);
    }

    /** Force ratio by which a side must outnumber the other to take a contested cell. */
    public double getControlForceRatio() {
        return controlForceRatio;
    }

    public void setControlForceRatio(double value) {
        this.controlForceRatio = value;
    }

    public String desControlForceRatio() {
        return "Force ratio by which a side must outnumber the other to take a contested cell.";
    }

    public Object domControlForceRatio() {
        return new Interval(1.0, 10.0);
    }

    /** Share of a district's urban cells the government must control for the district to count as taken. */
    public double getTakenShare() {
        return takenShare;
    }

    public void setTakenShare(double value) {
        this.takenShare = value;
    }

    public String desTakenShare() {
        return "Share of a district's urban cells the government must control for the district to count as taken.";
    }

    public Object domTakenShare() {
        return new Interval(0.0, 1.0);
    }

    /** Hourly probability that an unheld government cell in a Mahdi district reverts, at full militia surroundings. */
    public double getRevertHazard() {
        return revertHazard;
    }

    public void setRevertHazard(double value) {
        this.revertHazard = value;
    }

    public String desRevertHazard() {
        return "Hourly probability that an unheld government cell in a Mahdi district reverts, at full militia surroundings.";
    }

    public Object domRevertHazard() {
        return new Interval(0.0, 1.0);
    }

    /** Radius in cells used for the local force ratio. */
    public int getContactRadius() {
        return contactRadius;
    }

    public void setContactRadius(int value) {
        this.contactRadius = value;
    }

    public String desContactRadius() {
        return "Radius in cells used for the local force ratio.";
    }

    public Object domContactRadius() {
        return new Interval(0L, 10L);
    }

    /**
     * Share of militia fire that armoured vehicles and training keep off a fully trained unit: a unit's losses are
     * scaled by 1 - armourProtection * training.
     */
    public double getArmourProtection() {
        return armourProtection;
    }

    public void setArmourProtection(double value) {
        this.armourProtection = value;
    }

    public String desArmourProtection() {
        return "Share of militia fire that armoured vehicles and training keep off a fully trained unit: a unit's"
                + " losses are scaled by 1 - armourProtection * training.";
    }

    public Object domArmourProtection() {
        return new Interval(0.0, 1.0);
    }

    /**
     * Multiplier on militia losses to government and coalition fire when fighters fight outside ground the militia
     * holds (raiding, ambushing, in the open).
     */
    public double getOpenGroundExposure() {
        return openGroundExposure;
    }

    public void setOpenGroundExposure(double value) {
        this.openGroundExposure = value;
    }

    public String desOpenGroundExposure() {
        return "Multiplier on militia losses to government and coalition fire when fighters fight outside ground the"
                + " militia holds (raiding, ambushing, in the open).";
    }

    public Object domOpenGroundExposure() {
        return new Interval(1.0, 10.0);
    }
}
