package org.urbanconflict.basra.params;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * Strength, quality and breaking hazards of one government unit type. Base hazards are per hour at the
 * neutral point: morale 0.5, no infiltration, no militia nearby, no recent losses. The Model tab shows the hazards
 * per million hours ({@link PerMillion}) and hides the role, which the offensive plan depends on.
 */
public final class UnitTypeParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private int personnel;
    private String role;
    private double morale;
    private double training;
    private double infiltration;
    private double refusalHazard;
    private double desertionHazard;
    private double defectionHazard;

    /** Personnel of this type committed at the start. */
    public int getPersonnel() {
        return personnel;
    }

    public void setPersonnel(int value) {
        this.personnel = value;
    }

    public String desPersonnel() {
        return "Personnel of this type committed at the start.";
    }

    public Object domPersonnel() {
        return new Interval(0L, 40000L);
    }

    /** 'garrison' units hold their stations; 'assault' units advance on the objectives. */
    public String getRole() {
        return role;
    }

    public void setRole(String value) {
        this.role = value;
    }

    /** The role decides where a unit starts and what it does; the GUI leaves it to the scenario file. */
    public boolean hideRole() {
        return true;
    }

    public String desRole() {
        return "'garrison' units hold their stations; 'assault' units advance on the objectives.";
    }

    /** Initial morale (0 = broken, 1 = excellent). */
    public double getMorale() {
        return morale;
    }

    public void setMorale(double value) {
        this.morale = value;
    }

    public String desMorale() {
        return "Morale at the start (0 = broken, 1 = excellent). Low morale raises every hazard.";
    }

    public Object domMorale() {
        return new Interval(0.0, 1.0);
    }

    /** Training, which scales combat effectiveness. */
    public double getTraining() {
        return training;
    }

    public void setTraining(double value) {
        this.training = value;
    }

    public String desTraining() {
        return "Training (0 to 1), which scales combat effectiveness.";
    }

    public Object domTraining() {
        return new Interval(0.0, 1.0);
    }

    /** Share of personnel loyal to the militia. */
    public double getInfiltration() {
        return infiltration;
    }

    public void setInfiltration(double value) {
        this.infiltration = value;
    }

    public String desInfiltration() {
        return "Share of personnel loyal to the militia. It raises every hazard, and only these members can defect.";
    }

    public Object domInfiltration() {
        return new Interval(0.0, 1.0);
    }

    /** Base hourly probability that a unit refuses to fight. */
    public double getRefusalHazard() {
        return refusalHazard;
    }

    public void setRefusalHazard(double value) {
        this.refusalHazard = value;
    }

    public String desRefusalHazard() {
        return "Base hourly probability that a unit refuses to fight, at the neutral point.";
    }

    public boolean hideRefusalHazard() {
        return true;
    }

    public Object domRefusalHazard() {
        return new Interval(0.0, 1.0);
    }

    /** Base hourly probability that one member deserts. */
    public double getDesertionHazard() {
        return desertionHazard;
    }

    public void setDesertionHazard(double value) {
        this.desertionHazard = value;
    }

    public String desDesertionHazard() {
        return "Base hourly probability that one member deserts.";
    }

    public boolean hideDesertionHazard() {
        return true;
    }

    public Object domDesertionHazard() {
        return new Interval(0.0, 1.0);
    }

    /**
     * Base hourly probability that one infiltrated member defects to the militia; members not infiltrated never
     * defect.
     */
    public double getDefectionHazard() {
        return defectionHazard;
    }

    public void setDefectionHazard(double value) {
        this.defectionHazard = value;
    }

    public String desDefectionHazard() {
        return "Base hourly probability that one infiltrated member defects to the militia with their weapons; members"
                + " not infiltrated never defect.";
    }

    public boolean hideDefectionHazard() {
        return true;
    }

    public Object domDefectionHazard() {
        return new Interval(0.0, 1.0);
    }

    /** The refusal hazard per million unit-hours: the Model tab's view of {@link #getRefusalHazard()}. */
    @JsonIgnore
    public double getRefusalPerMillionHours() {
        return PerMillion.of(refusalHazard);
    }

    @JsonIgnore
    public void setRefusalPerMillionHours(double value) {
        this.refusalHazard = PerMillion.rate(value);
    }

    public Object domRefusalPerMillionHours() {
        return PerMillion.SLIDER;
    }

    public String desRefusalPerMillionHours() {
        return "Base chance that a unit refuses to fight, per million unit-hours at the neutral point (the scenario "
                + "file's refusalHazard times 1,000,000).";
    }

    /** The desertion hazard per million person-hours: the Model tab's view of {@link #getDesertionHazard()}. */
    @JsonIgnore
    public double getDesertionPerMillionHours() {
        return PerMillion.of(desertionHazard);
    }

    @JsonIgnore
    public void setDesertionPerMillionHours(double value) {
        this.desertionHazard = PerMillion.rate(value);
    }

    public Object domDesertionPerMillionHours() {
        return PerMillion.SLIDER;
    }

    public String desDesertionPerMillionHours() {
        return "Base chance that one member deserts, per million person-hours (desertionHazard times 1,000,000).";
    }

    /** The defection hazard per million member-hours: the Model tab's view of {@link #getDefectionHazard()}. */
    @JsonIgnore
    public double getDefectionPerMillionHours() {
        return PerMillion.of(defectionHazard);
    }

    @JsonIgnore
    public void setDefectionPerMillionHours(double value) {
        this.defectionHazard = PerMillion.rate(value);
    }

    public Object domDefectionPerMillionHours() {
        return PerMillion.SLIDER;
    }

    public String desDefectionPerMillionHours() {
        return "Base chance that one infiltrated member defects with their weapons, per million member-hours "
                + "(defectionHazard times 1,000,000).";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Personnel", "Morale", "Training", "Infiltration", "RefusalPerMillionHours",
                "DesertionPerMillionHours", "DefectionPerMillionHours");
    }
}
