package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * The Mahdi Army in Basra: cells, weapons, postures and discipline.
 */
public final class MilitiaParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private int fighters;
    private int cellSize;
    private double strongholdShare;
    private double weaponsPerFighter;
    private int mortarRoundsPerCell;
    private int iedsPerCell;
    private double indirectFireRangeCells;
    private PostureWeights postures;
    private double postureChangeProbability;
    private double raidRangeCells;
    private double ambushMultiplier;
    private double iedCasualties;
    private double indirectFireCasualties;
    private double indirectFireCivilianCasualties;
    private double withdrawBelowShare;
    private double recruitmentRate;
    private double standDownCompliance;
    private double sabotagePressure;

    /** Active fighters at the start. */
    public int getFighters() {
        return fighters;
    }

    public void setFighters(int value) {
        this.fighters = value;
    }

    public String desFighters() {
        return "Active fighters at the start.";
    }

    public Object domFighters() {
        return new Interval(0L, 40000L);
    }

    /** Fighters per militia cell agent. */
    public int getCellSize() {
        return cellSize;
    }

    public void setCellSize(int value) {
        this.cellSize = value;
    }

    public String desCellSize() {
        return "Fighters per militia cell agent.";
    }

    public Object domCellSize() {
        return new Interval(10L, 1000L);
    }

    /** Share of fighters based in stronghold districts (the rest in other militia-leaning districts). */
    public double getStrongholdShare() {
        return strongholdShare;
    }

    public void setStrongholdShare(double value) {
        this.strongholdShare = value;
    }

    public String desStrongholdShare() {
        return "Share of fighters based in stronghold districts (the rest in other militia-leaning districts).";
    }

    public Object domStrongholdShare() {
        return new Interval(0.0, 1.0);
    }

    /** Small arms and RPGs held per fighter. */
    public double getWeaponsPerFighter() {
        return weaponsPerFighter;
    }

    public void setWeaponsPerFighter(double value) {
        this.weaponsPerFighter = value;
    }

    public String desWeaponsPerFighter() {
        return "Small arms and RPGs held per fighter.";
    }

    public Object domWeaponsPerFighter() {
        return new Interval(0.0, 5.0);
    }

    /** Mortar and rocket rounds each cell holds at the start. */
    public int getMortarRoundsPerCell() {
        return mortarRoundsPerCell;
    }

    public void setMortarRoundsPerCell(int value) {
        this.mortarRoundsPerCell = value;
    }

    public String desMortarRoundsPerCell() {
        return "Mortar and rocket rounds each cell holds at the start.";
    }

    public Object domMortarRoundsPerCell() {
        return new Interval(0L, 500L);
    }

    /** IEDs each cell holds at the start. */
    public int getIedsPerCell() {
        return iedsPerCell;
    }

    public void setIedsPerCell(int value) {
        this.iedsPerCell = value;
    }

    public String desIedsPerCell() {
        return "IEDs each cell holds at the start.";
    }

    public Object domIedsPerCell() {
        return new Interval(0L, 100L);
    }

    /** Range of mortars and rockets, in cells. */
    public double getIndirectFireRangeCells() {
        return indirectFireRangeCells;
    }

    public void setIndirectFireRangeCells(double value) {
        this.indirectFireRangeCells = value;
    }

    public String desIndirectFireRangeCells() {
        return "Range of mortars and rockets, in cells.";
    }

    public Object domIndirectFireRangeCells() {
        return new Interval(0.0, 60.0);
    }

    /** Relative weights of the postures a cell chooses when not in contact. */
    public PostureWeights getPostures() {
        return postures;
    }

    public void setPostures(PostureWeights value) {
        this.postures = value;
    }

    public String desPostures() {
        return "Relative weights of the postures a cell chooses when not in contact.";
    }

    /** Hourly probability a cell reconsiders its posture. */
    public double getPostureChangeProbability() {
        return postureChangeProbability;
    }

    public void setPostureChangeProbability(double value) {
        this.postureChangeProbability = value;
    }

    public String desPostureChangeProbability() {
        return "Hourly probability a cell reconsiders its posture.";
    }

    public Object domPostureChangeProbability() {
        return new Interval(0.0, 1.0);
    }

    /** How far, in cells, a raiding cell looks for a target. */
    public double getRaidRangeCells() {
        return raidRangeCells;
    }

    public void setRaidRangeCells(double value) {
        this.raidRangeCells = value;
    }

    public String desRaidRangeCells() {
        return "How far, in cells, a raiding cell looks for a target.";
    }

    public Object domRaidRangeCells() {
        return new Interval(0.0, 20.0);
    }

    /** Multiplier on militia lethality in the hour of an ambush. */
    public double getAmbushMultiplier() {
        return ambushMultiplier;
    }

    public void setAmbushMultiplier(double value) {
        this.ambushMultiplier = value;
    }

    public String desAmbushMultiplier() {
        return "Multiplier on militia lethality in the hour of an ambush.";
    }

    public Object domAmbushMultiplier() {
        return new Interval(1.0, 10.0);
    }

    /** Mean government casualties of one IED. */
    public double getIedCasualties() {
        return iedCasualties;
    }

    public void setIedCasualties(double value) {
        this.iedCasualties = value;
    }

    public String desIedCasualties() {
        return "Mean government casualties of one IED.";
    }

    public Object domIedCasualties() {
        return new Interval(0.0, 20.0);
    }

    /** Mean government casualties of one mortar or rocket volley. */
    public double getIndirectFireCasualties() {
        return indirectFireCasualties;
    }

    public void setIndirectFireCasualties(double value) {
        this.indirectFireCasualties = value;
    }

    public String desIndirectFireCasualties() {
        return "Mean government casualties of one mortar or rocket volley.";
    }

    public Object domIndirectFireCasualties() {
        return new Interval(0.0, 10.0);
    }

    /** Mean civilian casualties of one volley, at urban density 1. */
    public double getIndirectFireCivilianCasualties() {
        return indirectFireCivilianCasualties;
    }

    public void setIndirectFireCivilianCasualties(double value) {
        this.indirectFireCivilianCasualties = value;
    }

    public String desIndirectFireCivilianCasualties() {
        return "Mean civilian casualties of one volley, at urban density 1.";
    }

    public Object domIndirectFireCivilianCasualties() {
        return new Interval(0.0, 10.0);
    }

    /** A cell withdraws from contact when its fighters fall below this share of their peak. */
    public double getWithdrawBelowShare() {
        return withdrawBelowShare;
    }

    public void setWithdrawBelowShare(double value) {
        this.withdrawBelowShare = value;
    }

    public String desWithdrawBelowShare() {
        return "A cell withdraws from contact when its fighters fall below this share of their peak.";
    }

    public Object domWithdrawBelowShare() {
        return new Interval(0.0, 1.0);
    }

    /** Hourly probability that one sympathetic adult in the cell's home district joins. */
    public double getRecruitmentRate() {
        return recruitmentRate;
    }

    public void setRecruitmentRate(double value) {
        this.recruitmentRate = value;
    }

    public String desRecruitmentRate() {
        return "Hourly probability that one sympathetic adult in the cell's home district joins.";
    }

    public Object domRecruitmentRate() {
        return new Interval(0.0, 0.0001);
    }

    /** Probability that a cell obeys the stand-down order. */
    public double getStandDownCompliance() {
        return standDownCompliance;
    }

    public void setStandDownCompliance(double value) {
        this.standDownCompliance = value;
    }

    public String desStandDownCompliance() {
        return "Probability that a cell obeys the stand-down order.";
    }

    public Object domStandDownCompliance() {
        return new Interval(0.0, 1.0);
    }

    /** Political pressure added by one act of sabotage (pipelines, power). */
    public double getSabotagePressure() {
        return sabotagePressure;
    }

    public void setSabotagePressure(double value) {
        this.sabotagePressure = value;
    }

    public String desSabotagePressure() {
        return "Political pressure added by one act of sabotage (pipelines, power).";
    }

    public Object domSabotagePressure() {
        return new Interval(0.0, 20.0);
    }
}
