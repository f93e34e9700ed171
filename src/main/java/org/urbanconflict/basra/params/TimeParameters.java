package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * When the run starts and how long it lasts. Times are fractional battle days: day 1.0 is midnight at the
 * start of 25 March 2008, so day 1.125 is 03:00 that morning.
 */
public final class TimeParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private String startDate;
    private double startDay;
    private double horizonDays;

    /** Calendar date of battle day 1 (ISO yyyy-mm-dd). */
    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String value) {
        this.startDate = value;
    }

    public String desStartDate() {
        return "Calendar date of battle day 1 (ISO yyyy-mm-dd).";
    }

    /** Battle day (fractional) at which the simulation starts; 1.125 = 03:00 on day 1. */
    public double getStartDay() {
        return startDay;
    }

    public void setStartDay(double value) {
        this.startDay = value;
    }

    public String desStartDay() {
        return "Battle day (fractional) at which the simulation starts; 1.125 = 03:00 on day 1.";
    }

    public Object domStartDay() {
        return new Interval(1.0, 2.0);
    }

    /** Battle day (fractional) at which the run ends; 9.0 = midnight ending day 8 (1 April). */
    public double getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(double value) {
        this.horizonDays = value;
    }

    public String desHorizonDays() {
        return "Battle day (fractional) at which the run ends; 9.0 = midnight ending day 8 (1 April).";
    }

    public Object domHorizonDays() {
        return new Interval(2.0, 40.0);
    }
}
