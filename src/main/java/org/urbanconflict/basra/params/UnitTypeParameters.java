package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Strength, quality and breaking hazards of one government unit type. Base hazards are per hour at the
 * neutral point: morale 0.5, no infiltration, no militia nearby, no recent losses.
 */
public final class UnitTypeParameters implements java.io.Serializable {
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
        return "Initial morale (0 = broken, 1 = excellent).";
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
        return "Training, which scales combat effectiveness.";
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
        return "Share of personnel loyal to the militia.";
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
        return "Base hourly probability that a unit refuses to fight.";
    }

    public Object domRefusalHazard() {
        return new Interval(0.0, 0.05);
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

    public Object domDesertionHazard() {
        return new Interval(0.0, 0.01);
    }

    /** Base hourly probability that a unit's infiltrated members defect to the militia. */
    public double getDefectionHazard() {
        return defectionHazard;
    }

    public void setDefectionHazard(double value) {
        this.defectionHazard = value;
    }

    public String desDefectionHazard() {
        return "Base hourly probability that a unit's infiltrated members defect to the militia.";
    }

    public Object domDefectionHazard() {
        return new Interval(0.0, 0.05);
    }
}
