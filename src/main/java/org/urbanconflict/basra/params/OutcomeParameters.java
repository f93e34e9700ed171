package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Thresholds that classify the end state of a run.
 */
public final class OutcomeParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private double victoryControlShare;
    private double collapseActiveShare;
    private double collapseControlShare;

    /** Government share of urban area (with every stronghold taken) that counts as government control. */
    public double getVictoryControlShare() {
        return victoryControlShare;
    }

    public void setVictoryControlShare(double value) {
        this.victoryControlShare = value;
    }

    public String desVictoryControlShare() {
        return "Government share of urban area (with every stronghold taken) that counts as government control.";
    }

    public Object domVictoryControlShare() {
        return new Interval(0.0, 1.0);
    }

    /** Government active share of committed personnel below which the government has collapsed. */
    public double getCollapseActiveShare() {
        return collapseActiveShare;
    }

    public void setCollapseActiveShare(double value) {
        this.collapseActiveShare = value;
    }

    public String desCollapseActiveShare() {
        return "Government active share of committed personnel below which the government has collapsed.";
    }

    public Object domCollapseActiveShare() {
        return new Interval(0.0, 1.0);
    }

    /** Government share of urban area below which the government has collapsed. */
    public double getCollapseControlShare() {
        return collapseControlShare;
    }

    public void setCollapseControlShare(double value) {
        this.collapseControlShare = value;
    }

    public String desCollapseControlShare() {
        return "Government share of urban area below which the government has collapsed.";
    }

    public Object domCollapseControlShare() {
        return new Interval(0.0, 1.0);
    }
}
