package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.List;
import sim.util.Interval;

/** One kind of coalition fire (US air or UK artillery) on the Model tab: on or off, from when, how much, how exact. */
public final class StrikeAssetSettings implements Ordered {
    private static final Interval STRIKES_PER_DAY = new Interval(0.0, 30.0);
    private static final Interval ESCALATION = new Interval(0.0, 2.0);
    private static final Interval DELAY_HOURS = new Interval(0.0, 24.0);
    private static final Interval CIVILIAN_CASUALTIES = new Interval(0.0, 10.0);

    private final ParameterSource source;
    private final boolean air;

    public StrikeAssetSettings(ParameterSource source, boolean air) {
        this.source = source;
        this.air = air;
    }

    private StrikeAssetParameters p() {
        FireSupportParameters f = source.parameters().getFireSupport();
        return air ? f.getAir() : f.getArtillery();
    }

    private String name() {
        return air ? "US air strikes" : "UK artillery";
    }

    public boolean getEnabled() {
        return p().isEnabled();
    }

    public void setEnabled(boolean value) {
        p().setEnabled(value);
    }

    public String desEnabled() {
        return name() + ": available at all? Untick for the 'no fire support' what-if.";
    }

    public double getAvailableFromDay() {
        return p().getAvailableFromDay();
    }

    public void setAvailableFromDay(double value) {
        p().setAvailableFromDay(Limits.clamp(value, Limits.BATTLE_DAY));
    }

    public Object domAvailableFromDay() {
        return Limits.BATTLE_DAY;
    }

    public String desAvailableFromDay() {
        return name() + ": battle day from which strikes can be requested (day 1 = 25 March; the fact sheet has air "
                + "from the night of 27/28 March, day 4, and artillery from 29 March, day 5).";
    }

    public double getStrikesPerDay() {
        return p().getStrikesPerDay();
    }

    public void setStrikesPerDay(double value) {
        p().setStrikesPerDay(Limits.clamp(value, STRIKES_PER_DAY));
    }

    public Object domStrikesPerDay() {
        return STRIKES_PER_DAY;
    }

    public String desStrikesPerDay() {
        return name() + ": strikes available per day on the first day of availability.";
    }

    public double getEscalationPerDay() {
        return p().getEscalationPerDay();
    }

    public void setEscalationPerDay(double value) {
        p().setEscalationPerDay(Limits.clamp(value, ESCALATION));
    }

    public Object domEscalationPerDay() {
        return ESCALATION;
    }

    public String desEscalationPerDay() {
        return name() + ": relative growth of the daily capacity each day (0.4 = 40% more strikes each day).";
    }

    public double getRequestProbability() {
        return p().getRequestProbability();
    }

    public void setRequestProbability(double value) {
        p().setRequestProbability(Limits.clamp(value, Limits.SHARE));
    }

    public Object domRequestProbability() {
        return Limits.SHARE;
    }

    public String desRequestProbability() {
        return name() + ": hourly chance that an Iraqi unit in contact calls for a strike.";
    }

    public double getDelayHours() {
        return p().getDelayHours();
    }

    public void setDelayHours(double value) {
        p().setDelayHours(Limits.clamp(value, DELAY_HOURS));
    }

    public Object domDelayHours() {
        return DELAY_HOURS;
    }

    public String desDelayHours() {
        return name() + ": hours from the request to the strike.";
    }

    public double getPrecision() {
        return p().getPrecision();
    }

    public void setPrecision(double value) {
        p().setPrecision(Limits.clamp(value, Limits.SHARE));
    }

    public Object domPrecision() {
        return Limits.SHARE;
    }

    public String desPrecision() {
        return name() + ": chance a strike hits the militia it was aimed at.";
    }

    public double getCivilianCasualties() {
        return p().getCivilianCasualties();
    }

    public void setCivilianCasualties(double value) {
        p().setCivilianCasualties(Limits.clamp(value, CIVILIAN_CASUALTIES));
    }

    public Object domCivilianCasualties() {
        return CIVILIAN_CASUALTIES;
    }

    public String desCivilianCasualties() {
        return name() + ": mean civilians killed or wounded per strike in a dense, fully occupied block.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Enabled", "AvailableFromDay", "StrikesPerDay", "EscalationPerDay", "RequestProbability",
                "DelayHours", "Precision", "CivilianCasualties");
    }

    @Override
    public String toString() {
        return name();
    }
}
