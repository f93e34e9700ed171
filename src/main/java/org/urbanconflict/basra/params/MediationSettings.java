package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.List;
import sim.util.Interval;

/**
 * The Mediation tab: when outside mediation starts and the documented ceasefire rule. Once mediation has run
 * MinNegotiationHours, each hour a ceasefire comes with probability 1 - exp(-HazardAtThreshold x (pressure /
 * Threshold)^2); pressure decays by DecayPerHour and grows with the weighted shocks below.
 */
public final class MediationSettings implements Ordered {
    private static final Interval NEGOTIATION_HOURS = new Interval(0.0, 120.0);
    private static final Interval THRESHOLD = new Interval(10.0, 1000.0);
    private static final Interval HAZARD = new Interval(0.0, 0.5);
    private static final Interval DECAY = new Interval(0.0, 0.05);
    private static final Interval WEIGHT = new Interval(0.0, 5.0);

    private final ParameterSource source;

    public MediationSettings(ParameterSource source) {
        this.source = source;
    }

    private MediationParameters p() {
        return source.parameters().getMediation();
    }

    public boolean getEnabled() {
        return p().isEnabled();
    }

    public void setEnabled(boolean value) {
        p().setEnabled(value);
    }

    public String desEnabled() {
        return "Whether Iranian-brokered mediation happens at all. Without it nothing triggers a ceasefire.";
    }

    public double getStartDay() {
        return p().getStartDay();
    }

    public void setStartDay(double value) {
        p().setStartDay(Limits.clamp(value, Limits.BATTLE_DAY));
    }

    public Object domStartDay() {
        return Limits.BATTLE_DAY;
    }

    public String desStartDay() {
        return "Battle day the mediators start (day 1 = 25 March). Iraqi MPs went to Qom on 28 March, day 4.";
    }

    public double getMinNegotiationHours() {
        return p().getMinNegotiationHours();
    }

    public void setMinNegotiationHours(double value) {
        p().setMinNegotiationHours(Limits.clamp(value, NEGOTIATION_HOURS));
    }

    public Object domMinNegotiationHours() {
        return NEGOTIATION_HOURS;
    }

    public String desMinNegotiationHours() {
        return "Hours of talks before a ceasefire can be agreed.";
    }

    public double getThreshold() {
        return p().getThreshold();
    }

    public void setThreshold(double value) {
        p().setThreshold(Limits.clamp(value, THRESHOLD));
    }

    public Object domThreshold() {
        return THRESHOLD;
    }

    public String desThreshold() {
        return "Political pressure at which the hourly ceasefire chance reaches HazardAtThreshold; the dashed line "
                + "on the pressure chart.";
    }

    public double getHazardAtThreshold() {
        return p().getHazardAtThreshold();
    }

    public void setHazardAtThreshold(double value) {
        p().setHazardAtThreshold(Limits.clamp(value, HAZARD));
    }

    public Object domHazardAtThreshold() {
        return HAZARD;
    }

    public String desHazardAtThreshold() {
        return "Hourly ceasefire hazard when pressure equals the threshold; it grows with the square of "
                + "pressure / threshold.";
    }

    public double getDecayPerHour() {
        return p().getDecayPerHour();
    }

    public void setDecayPerHour(double value) {
        p().setDecayPerHour(Limits.clamp(value, DECAY));
    }

    public Object domDecayPerHour() {
        return DECAY;
    }

    public String desDecayPerHour() {
        return "Share of political pressure that fades each hour.";
    }

    public double getPerGovernmentDeath() {
        return p().getPerGovernmentDeath();
    }

    public void setPerGovernmentDeath(double value) {
        p().setPerGovernmentDeath(Limits.clamp(value, WEIGHT));
    }

    public Object domPerGovernmentDeath() {
        return WEIGHT;
    }

    public String desPerGovernmentDeath() {
        return "Pressure added for each soldier or policeman killed.";
    }

    public double getPerMilitiaDeath() {
        return p().getPerMilitiaDeath();
    }

    public void setPerMilitiaDeath(double value) {
        p().setPerMilitiaDeath(Limits.clamp(value, WEIGHT));
    }

    public Object domPerMilitiaDeath() {
        return WEIGHT;
    }

    public String desPerMilitiaDeath() {
        return "Pressure added for each militia fighter killed.";
    }

    public double getPerCivilianCasualty() {
        return p().getPerCivilianCasualty();
    }

    public void setPerCivilianCasualty(double value) {
        p().setPerCivilianCasualty(Limits.clamp(value, WEIGHT));
    }

    public Object domPerCivilianCasualty() {
        return WEIGHT;
    }

    public String desPerCivilianCasualty() {
        return "Pressure added for each civilian killed or wounded.";
    }

    public double getPerStrike() {
        return p().getPerStrike();
    }

    public void setPerStrike(double value) {
        p().setPerStrike(Limits.clamp(value, WEIGHT));
    }

    public Object domPerStrike() {
        return WEIGHT;
    }

    public String desPerStrike() {
        return "Pressure added for each coalition strike.";
    }

    public double getPerStalemateHour() {
        return p().getPerStalemateHour();
    }

    public void setPerStalemateHour(double value) {
        p().setPerStalemateHour(Limits.clamp(value, WEIGHT));
    }

    public Object domPerStalemateHour() {
        return WEIGHT;
    }

    public String desPerStalemateHour() {
        return "Pressure added for each hour of the offensive after a full day without a district taken.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Enabled", "StartDay", "MinNegotiationHours", "Threshold", "HazardAtThreshold", "DecayPerHour",
                "PerGovernmentDeath", "PerMilitiaDeath", "PerCivilianCasualty", "PerStrike", "PerStalemateHour");
    }

    @Override
    public String toString() {
        return "Mediation and ceasefire";
    }
}
