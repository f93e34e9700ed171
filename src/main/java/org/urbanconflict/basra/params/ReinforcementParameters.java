package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * Government reinforcements that arrive spread over a window of days.
 */
public final class ReinforcementParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private int personnel;
    private String type;
    private double firstDay;
    private double lastDay;

    /** Personnel added over the window. */
    public int getPersonnel() {
        return personnel;
    }

    public void setPersonnel(int value) {
        this.personnel = value;
    }

    public String desPersonnel() {
        return "Personnel added over the window.";
    }

    public Object domPersonnel() {
        return new Interval(0L, 20000L);
    }

    /** Unit type of the reinforcements (localPolice, army, newArmy, nationalPolice, specialForces). */
    public String getType() {
        return type;
    }

    public void setType(String value) {
        this.type = value;
    }

    public String desType() {
        return "Unit type of the reinforcements (localPolice, army, newArmy, nationalPolice, specialForces).";
    }

    /** Battle day the first reinforcements arrive. */
    public double getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(double value) {
        this.firstDay = value;
    }

    public String desFirstDay() {
        return "Battle day the first reinforcements arrive.";
    }

    public Object domFirstDay() {
        return new Interval(1.0, 40.0);
    }

    /** Battle day the last reinforcements arrive. */
    public double getLastDay() {
        return lastDay;
    }

    public void setLastDay(double value) {
        this.lastDay = value;
    }

    public String desLastDay() {
        return "Battle day the last reinforcements arrive.";
    }

    public Object domLastDay() {
        return new Interval(1.0, 40.0);
    }
}
