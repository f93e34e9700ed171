package org.urbanconflict.basra.params;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * The government's weapons ultimatum and how (little) it is heeded.
 */
public final class UltimatumParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private double issuedDay;
    private double durationHours;
    private double extensionDay;
    private double extendedUntilDay;
    private double handInRate;
    private double cashMultiplier;
    private double ceasefireMultiplier;

    /** Battle day the ultimatum is issued. */
    public double getIssuedDay() {
        return issuedDay;
    }

    public void setIssuedDay(double value) {
        this.issuedDay = value;
    }

    public String desIssuedDay() {
        return "Battle day the weapons ultimatum is issued (26 March is day 2).";
    }

    public Object domIssuedDay() {
        return new Interval(1.0, 60.0);
    }

    /** Hours the ultimatum runs. */
    public double getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(double value) {
        this.durationHours = value;
    }

    public String desDurationHours() {
        return "Hours the ultimatum runs before it expires (72 in 2008).";
    }

    public Object domDurationHours() {
        return new Interval(0.0, 240.0);
    }

    /** Battle day the deadline is extended and cash offered. */
    public double getExtensionDay() {
        return extensionDay;
    }

    public void setExtensionDay(double value) {
        this.extensionDay = value;
    }

    public String desExtensionDay() {
        return "Battle day the deadline is extended and cash offered.";
    }

    public Object domExtensionDay() {
        return new Interval(1.0, 60.0);
    }

    /** Battle day the extended deadline ends. */
    public double getExtendedUntilDay() {
        return extendedUntilDay;
    }

    public void setExtendedUntilDay(double value) {
        this.extendedUntilDay = value;
    }

    public String desExtendedUntilDay() {
        return "Battle day the extended deadline ends.";
    }

    public Object domExtendedUntilDay() {
        return new Interval(1.0, 60.0);
    }

    /** Hourly probability that one militia weapon is handed in while the ultimatum runs. */
    public double getHandInRate() {
        return handInRate;
    }

    public void setHandInRate(double value) {
        this.handInRate = value;
    }

    public String desHandInRate() {
        return "Hourly probability that one militia weapon is handed in while the ultimatum runs.";
    }

    public boolean hideHandInRate() {
        return true;
    }

    public Object domHandInRate() {
        return new Interval(0.0, 1.0);
    }

    /** Multiplier on the hand-in rate once cash is offered. */
    public double getCashMultiplier() {
        return cashMultiplier;
    }

    public void setCashMultiplier(double value) {
        this.cashMultiplier = value;
    }

    public String desCashMultiplier() {
        return "Multiplier on the hand-in rate once cash is offered.";
    }

    public Object domCashMultiplier() {
        return new Interval(0.0, 20.0);
    }

    /** Multiplier on the hand-in rate for cells that obey the stand-down. */
    public double getCeasefireMultiplier() {
        return ceasefireMultiplier;
    }

    public void setCeasefireMultiplier(double value) {
        this.ceasefireMultiplier = value;
    }

    public String desCeasefireMultiplier() {
        return "Multiplier on the hand-in rate for cells that obey the stand-down.";
    }

    public Object domCeasefireMultiplier() {
        return new Interval(0.0, 50.0);
    }

    /** The hand-in rate per million weapon-hours: the Model tab's view of {@link #getHandInRate()}. */
    @JsonIgnore
    public double getHandInPerMillionHours() {
        return PerMillion.of(handInRate);
    }

    @JsonIgnore
    public void setHandInPerMillionHours(double value) {
        this.handInRate = PerMillion.rate(value);
    }

    public Object domHandInPerMillionHours() {
        return PerMillion.SLIDER;
    }

    public String desHandInPerMillionHours() {
        return "Chance that one militia weapon is handed in while the ultimatum runs, per million weapon-hours (the "
                + "scenario file's handInRate times 1,000,000).";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("IssuedDay", "DurationHours", "ExtensionDay", "ExtendedUntilDay", "HandInPerMillionHours",
                "CashMultiplier", "CeasefireMultiplier");
    }
}
