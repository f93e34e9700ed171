package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Log-linear weights of the hazard model: hazard = base * exp(morale*(0.5-m) + infiltration*i + forceRatio*ln(1+M/G) + recentLoss*l).
 */
public final class HazardCoefficients implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private double morale;
    private double infiltration;
    private double forceRatio;
    private double recentLoss;

    /** Weight of low morale. */
    public double getMorale() {
        return morale;
    }

    public void setMorale(double value) {
        this.morale = value;
    }

    public String desMorale() {
        return "Weight of low morale.";
    }

    public Object domMorale() {
        return new Interval(0.0, 10.0);
    }

    /** Weight of militia infiltration. */
    public double getInfiltration() {
        return infiltration;
    }

    public void setInfiltration(double value) {
        this.infiltration = value;
    }

    public String desInfiltration() {
        return "Weight of militia infiltration.";
    }

    public Object domInfiltration() {
        return new Interval(0.0, 10.0);
    }

    /** Weight of the local militia-to-government force ratio. */
    public double getForceRatio() {
        return forceRatio;
    }

    public void setForceRatio(double value) {
        this.forceRatio = value;
    }

    public String desForceRatio() {
        return "Weight of the local militia-to-government force ratio.";
    }

    public Object domForceRatio() {
        return new Interval(0.0, 5.0);
    }

    /** Weight of the recent loss share (losses decayed over about a day). */
    public double getRecentLoss() {
        return recentLoss;
    }

    public void setRecentLoss(double value) {
        this.recentLoss = value;
    }

    public String desRecentLoss() {
        return "Weight of the recent loss share (losses decayed over about a day).";
    }

    public Object domRecentLoss() {
        return new Interval(0.0, 50.0);
    }
}
