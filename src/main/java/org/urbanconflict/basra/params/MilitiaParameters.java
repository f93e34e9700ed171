package org.urbanconflict.basra.params;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * The Mahdi Army in Basra: cells, weapons, postures and discipline. The Model tab shows recruitment per million
 * sympathisers ({@link PerMillion}) and leaves the posture weights to the scenario file.
 */
public final class MilitiaParameters implements java.io.Serializable, Ordered {
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

    public int getFighters() {
        return fighters;
    }

    public void setFighters(int value) {
        this.fighters = value;
    }

    public String desFighters() {
        return "Mahdi Army fighters in Basra at the start (estimates run from 5,000 to 17,000).";
    }

    public Object domFighters() {
        return new Interval(0L, 40000L);
    }

    public int getCellSize() {
        return cellSize;
    }

    public void setCellSize(int value) {
        this.cellSize = value;
    }

    public String desCellSize() {
        return "Fighters per militia cell (one agent on the map).";
    }

    public Object domCellSize() {
        return new Interval(1L, 1000L);
    }

    public double getStrongholdShare() {
        return strongholdShare;
    }

    public void setStrongholdShare(double value) {
        this.strongholdShare = value;
    }

    public String desStrongholdShare() {
        return "Share of the cells placed in the stronghold districts; the rest go to other militia-leaning districts.";
    }

    public Object domStrongholdShare() {
        return new Interval(0.0, 1.0);
    }

    public double getWeaponsPerFighter() {
        return weaponsPerFighter;
    }

    public void setWeaponsPerFighter(double value) {
        this.weaponsPerFighter = value;
    }

    public String desWeaponsPerFighter() {
        return "Small arms and RPGs per fighter at the start. A cell fights with the smaller of its fighters and its "
                + "weapons.";
    }

    public Object domWeaponsPerFighter() {
        return new Interval(0.0, 5.0);
    }

    public int getMortarRoundsPerCell() {
        return mortarRoundsPerCell;
    }

    public void setMortarRoundsPerCell(int value) {
        this.mortarRoundsPerCell = value;
    }

    public String desMortarRoundsPerCell() {
        return "Mortar and rocket rounds each cell starts with.";
    }

    public Object domMortarRoundsPerCell() {
        return new Interval(0L, 500L);
    }

    public int getIedsPerCell() {
        return iedsPerCell;
    }

    public void setIedsPerCell(int value) {
        this.iedsPerCell = value;
    }

    public String desIedsPerCell() {
        return "Roadside bombs (IEDs) each cell starts with; an ambush uses one.";
    }

    public Object domIedsPerCell() {
        return new Interval(0L, 100L);
    }

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

    public PostureWeights getPostures() {
        return postures;
    }

    public void setPostures(PostureWeights value) {
        this.postures = value;
    }

    /** Weights that only matter relative to each other: a slider per weight would suggest otherwise. */
    public boolean hidePostures() {
        return true;
    }

    public String desPostures() {
        return "Relative weights of the postures a cell chooses when not in contact.";
    }

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
        return new Interval(0.0, 10.0);
    }

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

    public double getRecruitmentRate() {
        return recruitmentRate;
    }

    public void setRecruitmentRate(double value) {
        this.recruitmentRate = value;
    }

    public String desRecruitmentRate() {
        return "Hourly probability that one sympathetic adult in the cell's home district joins.";
    }

    public boolean hideRecruitmentRate() {
        return true;
    }

    public Object domRecruitmentRate() {
        return new Interval(0.0, 1.0);
    }

    public double getStandDownCompliance() {
        return standDownCompliance;
    }

    public void setStandDownCompliance(double value) {
        this.standDownCompliance = value;
    }

    public String desStandDownCompliance() {
        return "Chance that a cell obeys Sadr's order to leave the streets at the ceasefire.";
    }

    public Object domStandDownCompliance() {
        return new Interval(0.0, 1.0);
    }

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

    /** Recruitment per million sympathisers: the Model tab's view of {@link #getRecruitmentRate()}. */
    @JsonIgnore
    public double getRecruitsPerMillionSympathisers() {
        return PerMillion.of(recruitmentRate);
    }

    @JsonIgnore
    public void setRecruitsPerMillionSympathisers(double value) {
        this.recruitmentRate = PerMillion.rate(value);
    }

    public Object domRecruitsPerMillionSympathisers() {
        return new Interval(0.0, 20.0);
    }

    public String desRecruitsPerMillionSympathisers() {
        return "Hourly recruits per million sympathetic residents of a cell's home district (the scenario file's "
                + "recruitmentRate times 1,000,000).";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Fighters", "CellSize", "StrongholdShare", "WeaponsPerFighter", "MortarRoundsPerCell",
                "IedsPerCell", "RecruitsPerMillionSympathisers", "StandDownCompliance", "WithdrawBelowShare",
                "PostureChangeProbability", "RaidRangeCells", "AmbushMultiplier", "IedCasualties",
                "IndirectFireRangeCells", "IndirectFireCasualties", "IndirectFireCivilianCasualties",
                "SabotagePressure");
    }
}
