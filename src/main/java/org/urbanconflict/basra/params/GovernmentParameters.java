package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * The government side: its forces by unit type and the rules that move them and break them.
 */
public final class GovernmentParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private int unitSize;
    private double refusalGroupShare;
    private java.util.List<String> stagingDistricts;
    private java.util.List<String> objectives;
    private double advanceHoursPerCell;
    private double advanceForceRatio;
    private UnitTypes types;
    private HazardCoefficients hazards;
    private MoraleParameters morale;
    private ReinforcementParameters reinforcements;
    private boolean raidsAfterCeasefire;
    private double raidsHaltDay;

    /** Personnel per unit agent (company-sized by default). */
    public int getUnitSize() {
        return unitSize;
    }

    public void setUnitSize(int value) {
        this.unitSize = value;
    }

    public String desUnitSize() {
        return "Personnel per unit agent (company-sized by default).";
    }

    public Object domUnitSize() {
        return new Interval(1L, 1000L);
    }

    /**
     * Share of a unit's starting strength that refuses together in one refusal: a platoon of a company. Smaller
     * groups make the week's refusals less lumpy between runs; 1 makes a whole unit refuse at once.
     */
    public double getRefusalGroupShare() {
        return refusalGroupShare;
    }

    public void setRefusalGroupShare(double value) {
        this.refusalGroupShare = value;
    }

    public String desRefusalGroupShare() {
        return "Share of a unit's starting strength that refuses together in one refusal (a platoon of a company); "
                + "1 makes the whole unit refuse at once.";
    }

    public Object domRefusalGroupShare() {
        return new Interval(0.01, 1.0);
    }

    /** Districts where assault units start, cycled in order. */
    public java.util.List<String> getStagingDistricts() {
        return stagingDistricts;
    }

    public void setStagingDistricts(java.util.List<String> value) {
        this.stagingDistricts = value;
    }

    /** District lists belong to a map: the scenario file sets them, the Model tab does not. */
    public boolean hideStagingDistricts() {
        return true;
    }

    public String desStagingDistricts() {
        return "Districts where assault units start, cycled in order.";
    }

    /** Objective districts in the order the offensive takes them on. */
    public java.util.List<String> getObjectives() {
        return objectives;
    }

    public void setObjectives(java.util.List<String> value) {
        this.objectives = value;
    }

    /** District lists belong to a map: the scenario file sets them, the Model tab does not. */
    public boolean hideObjectives() {
        return true;
    }

    public String desObjectives() {
        return "Objective districts in the order the offensive takes them on.";
    }

    /** Hours an assault unit needs to advance one cell when not in contact. */
    public double getAdvanceHoursPerCell() {
        return advanceHoursPerCell;
    }

    public void setAdvanceHoursPerCell(double value) {
        this.advanceHoursPerCell = value;
    }

    public String desAdvanceHoursPerCell() {
        return "Hours an assault unit needs to advance one cell when not in contact.";
    }

    public Object domAdvanceHoursPerCell() {
        return new Interval(0.5, 12.0);
    }

    /** Local force ratio (government over militia) an assault unit needs before it advances into contact. */
    public double getAdvanceForceRatio() {
        return advanceForceRatio;
    }

    public void setAdvanceForceRatio(double value) {
        this.advanceForceRatio = value;
    }

    public String desAdvanceForceRatio() {
        return "Local force ratio (government over militia) an assault unit needs before it advances into contact.";
    }

    public Object domAdvanceForceRatio() {
        return new Interval(0.0, 10.0);
    }

    /** Parameters of each unit type. */
    public UnitTypes getTypes() {
        return types;
    }

    public void setTypes(UnitTypes value) {
        this.types = value;
    }

    /** The Model tab shows each type on its own sub-tab. */
    public boolean hideTypes() {
        return true;
    }

    public String desTypes() {
        return "Parameters of each unit type.";
    }

    /** How morale, infiltration, force ratio and losses scale the refuse/desert/defect hazards. */
    public HazardCoefficients getHazards() {
        return hazards;
    }

    public void setHazards(HazardCoefficients value) {
        this.hazards = value;
    }

    /** Expert calibration: the scenario file sets it, the Model tab does not. */
    public boolean hideHazards() {
        return true;
    }

    public String desHazards() {
        return "How morale, infiltration, force ratio and losses scale the refuse/desert/defect hazards.";
    }

    /** How morale falls and recovers. */
    public MoraleParameters getMorale() {
        return morale;
    }

    public void setMorale(MoraleParameters value) {
        this.morale = value;
    }

    /** The Model tab shows morale on its own sub-tab. */
    public boolean hideMorale() {
        return true;
    }

    public String desMorale() {
        return "How morale falls and recovers.";
    }

    /** Reinforcements that arrive during the run. */
    public ReinforcementParameters getReinforcements() {
        return reinforcements;
    }

    public void setReinforcements(ReinforcementParameters value) {
        this.reinforcements = value;
    }

    /** The Model tab shows reinforcements on their own sub-tab. */
    public boolean hideReinforcements() {
        return true;
    }

    public String desReinforcements() {
        return "Reinforcements that arrive during the run.";
    }

    /** Whether assault units keep entering militia districts after the ceasefire. */
    public boolean isRaidsAfterCeasefire() {
        return raidsAfterCeasefire;
    }

    public void setRaidsAfterCeasefire(boolean value) {
        this.raidsAfterCeasefire = value;
    }

    public String desRaidsAfterCeasefire() {
        return "Whether assault units keep entering militia districts after the ceasefire, until RaidsHaltDay.";
    }

    /** Battle day on which the government halts raids (if it still raids after the ceasefire). */
    public double getRaidsHaltDay() {
        return raidsHaltDay;
    }

    public void setRaidsHaltDay(double value) {
        this.raidsHaltDay = value;
    }

    public String desRaidsHaltDay() {
        return "Battle day on which the government halts raids if it still raids after the ceasefire (4 April is "
                + "day 11).";
    }

    public Object domRaidsHaltDay() {
        return new Interval(1.0, 60.0);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("UnitSize", "RefusalGroupShare", "AdvanceHoursPerCell", "AdvanceForceRatio", "RaidsAfterCeasefire",
                "RaidsHaltDay");
    }
}
