package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Relative weights of militia postures; only their ratios matter.
 */
public final class PostureWeights implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private double defend;
    private double ambush;
    private double raid;
    private double indirectFire;
    private double sabotage;

    /** Hold the home cell. */
    public double getDefend() {
        return defend;
    }

    public void setDefend(double value) {
        this.defend = value;
    }

    public String desDefend() {
        return "Hold the home cell.";
    }

    public Object domDefend() {
        return new Interval(0.0, 1.0);
    }

    /** Strike a nearby government unit with an ambush or IED. */
    public double getAmbush() {
        return ambush;
    }

    public void setAmbush(double value) {
        this.ambush = value;
    }

    public String desAmbush() {
        return "Strike a nearby government unit with an ambush or IED.";
    }

    public Object domAmbush() {
        return new Interval(0.0, 1.0);
    }

    /** Move on a government-held cell nearby. */
    public double getRaid() {
        return raid;
    }

    public void setRaid(double value) {
        this.raid = value;
    }

    public String desRaid() {
        return "Move on a government-held cell nearby.";
    }

    public Object domRaid() {
        return new Interval(0.0, 1.0);
    }

    /** Fire mortars or rockets at government units in range. */
    public double getIndirectFire() {
        return indirectFire;
    }

    public void setIndirectFire(double value) {
        this.indirectFire = value;
    }

    public String desIndirectFire() {
        return "Fire mortars or rockets at government units in range.";
    }

    public Object domIndirectFire() {
        return new Interval(0.0, 1.0);
    }

    /** Attack infrastructure (pipelines, power), raising political pressure. */
    public double getSabotage() {
        return sabotage;
    }

    public void setSabotage(double value) {
        this.sabotage = value;
    }

    public String desSabotage() {
        return "Attack infrastructure (pipelines, power), raising political pressure.";
    }

    public Object domSabotage() {
        return new Interval(0.0, 1.0);
    }
}
