package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * When the run starts and how long it lasts. Times are fractional battle days: day 1.0 is midnight at the
 * start of 25 March 2008, so day 1.125 is 03:00 that morning.
 */
public final class TimeParameters implements java.io.Serializable, Ordered, KeepsDaysInOrder {
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

    /** The calendar of the model, not a what-if: the scenario file sets it. */
    public boolean hideStartDate() {
        return true;
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
        return new Interval(1.0, 60.0);
    }

    /** Battle day (fractional) at which the run ends; 9.0 = midnight ending day 8 (1 April). */
    public double getHorizonDays() {
        return horizonDays;
    }

    /**
     * A horizon at or before the start (a value typed in the GUI) becomes an hour after it, so a run always has
     * an hour. Valid scenarios end after they start, so loading and copying never take this branch, whichever of
     * the two days Jackson sets first.
     */
    public void setHorizonDays(double value) {
        this.horizonDays = value;
    }

    public String desHorizonDays() {
        return "Battle day (fractional) at which the run ends; 9.0 = midnight ending day 8 (1 April). The Console "
                + "pauses there.";
    }

    public Object domHorizonDays() {
        return new Interval(1.0, 60.0);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("StartDay", "HorizonDays");
    }

    /** A horizon at or before the start moves to one hour after it, whichever of the two was moved. */
    @Override
    public void orderDays(String changedProperty) {
        if (horizonDays <= startDay) {
            horizonDays = startDay + 1.0 / 24.0;
        }
    }
}
