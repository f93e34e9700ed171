package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * One kind of coalition fire: when it becomes available, how much, how accurate, what it costs civilians.
 */
public final class StrikeAssetParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private boolean enabled;
    private double availableFromDay;
    private double strikesPerDay;
    private double escalationPerDay;
    private double requestProbability;
    private double delayHours;
    private double precision;
    private double militiaCasualties;
    private double civilianCasualties;

    /** Whether this asset is available at all. */
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean value) {
        this.enabled = value;
    }

    public String desEnabled() {
        return "Whether this asset is available at all. Untick for the 'no fire support' what-if.";
    }

    /** Battle day from which strikes can be requested. */
    public double getAvailableFromDay() {
        return availableFromDay;
    }

    public void setAvailableFromDay(double value) {
        this.availableFromDay = value;
    }

    public String desAvailableFromDay() {
        return "Battle day from which strikes can be requested (day 1 = 25 March; the fact sheet has air from the "
                + "night of 27/28 March, day 4, and artillery from 29 March, day 5).";
    }

    public Object domAvailableFromDay() {
        return new Interval(1.0, 60.0);
    }

    /** Strikes available per day when it becomes available. */
    public double getStrikesPerDay() {
        return strikesPerDay;
    }

    public void setStrikesPerDay(double value) {
        this.strikesPerDay = value;
    }

    public String desStrikesPerDay() {
        return "Strikes available per day on the first day of availability.";
    }

    public Object domStrikesPerDay() {
        return new Interval(0.0, 100.0);
    }

    /** Relative growth of the daily strike capacity per day. */
    public double getEscalationPerDay() {
        return escalationPerDay;
    }

    public void setEscalationPerDay(double value) {
        this.escalationPerDay = value;
    }

    public String desEscalationPerDay() {
        return "Relative growth of the daily strike capacity each day (0.4 = 40% more strikes each day).";
    }

    public Object domEscalationPerDay() {
        return new Interval(0.0, 2.0);
    }

    /** Hourly probability that a unit in contact requests a strike. */
    public double getRequestProbability() {
        return requestProbability;
    }

    public void setRequestProbability(double value) {
        this.requestProbability = value;
    }

    public String desRequestProbability() {
        return "Hourly chance that a government unit in contact calls for a strike.";
    }

    public Object domRequestProbability() {
        return new Interval(0.0, 1.0);
    }

    /** Hours from request to strike. */
    public double getDelayHours() {
        return delayHours;
    }

    public void setDelayHours(double value) {
        this.delayHours = value;
    }

    public String desDelayHours() {
        return "Hours from the request to the strike.";
    }

    public Object domDelayHours() {
        return new Interval(0.0, 24.0);
    }

    /** Probability the strike hits the militia cell it was aimed at. */
    public double getPrecision() {
        return precision;
    }

    public void setPrecision(double value) {
        this.precision = value;
    }

    public String desPrecision() {
        return "Chance a strike hits the militia cell it was aimed at.";
    }

    public Object domPrecision() {
        return new Interval(0.0, 1.0);
    }

    /** Mean militia casualties of a strike on target. */
    public double getMilitiaCasualties() {
        return militiaCasualties;
    }

    public void setMilitiaCasualties(double value) {
        this.militiaCasualties = value;
    }

    public String desMilitiaCasualties() {
        return "Mean militia casualties of a strike on target.";
    }

    public Object domMilitiaCasualties() {
        return new Interval(0.0, 50.0);
    }

    /** Mean civilian casualties of a strike, at density 1 and full occupancy. */
    public double getCivilianCasualties() {
        return civilianCasualties;
    }

    public void setCivilianCasualties(double value) {
        this.civilianCasualties = value;
    }

    public String desCivilianCasualties() {
        return "Mean civilians killed or wounded per strike in a dense (density 1), fully occupied block.";
    }

    public Object domCivilianCasualties() {
        return new Interval(0.0, 20.0);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Enabled", "AvailableFromDay", "StrikesPerDay", "EscalationPerDay", "RequestProbability",
                "DelayHours", "Precision", "MilitiaCasualties", "CivilianCasualties");
    }
}
