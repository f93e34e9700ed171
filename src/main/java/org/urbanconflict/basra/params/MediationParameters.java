package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * Political pressure and the documented ceasefire rule: once mediation has run minNegotiationHours, the
 * hourly ceasefire probability is 1 - exp(-hazardAtThreshold * (pressure / threshold)^2).
 */
public final class MediationParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private boolean enabled;
    private double startDay;
    private double minNegotiationHours;
    private double threshold;
    private double hazardAtThreshold;
    private double decayPerHour;
    private double perGovernmentDeath;
    private double perMilitiaDeath;
    private double perCivilianCasualty;
    private double perDefector;
    private double perStrike;
    private double perStalemateHour;

    /** Whether outside mediation happens at all (without it there is no ceasefire). */
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean value) {
        this.enabled = value;
    }

    public String desEnabled() {
        return "Whether outside (Iranian-brokered) mediation happens at all. Without it nothing triggers a ceasefire.";
    }

    /** Battle day outside mediation starts. */
    public double getStartDay() {
        return startDay;
    }

    public void setStartDay(double value) {
        this.startDay = value;
    }

    public String desStartDay() {
        return "Battle day the mediators start (day 1 = 25 March; Iraqi MPs went to Qom on 28 March, day 4).";
    }

    public Object domStartDay() {
        return new Interval(1.0, 60.0);
    }

    /** Hours of mediation before a ceasefire can be agreed. */
    public double getMinNegotiationHours() {
        return minNegotiationHours;
    }

    public void setMinNegotiationHours(double value) {
        this.minNegotiationHours = value;
    }

    public String desMinNegotiationHours() {
        return "Hours of talks before a ceasefire can be agreed.";
    }

    public Object domMinNegotiationHours() {
        return new Interval(0.0, 240.0);
    }

    /** Political pressure at which the hourly ceasefire hazard equals hazardAtThreshold. */
    public double getThreshold() {
        return threshold;
    }

    public void setThreshold(double value) {
        this.threshold = value;
    }

    public String desThreshold() {
        return "Political pressure at which the hourly ceasefire hazard equals hazardAtThreshold; the dashed line "
                + "on the pressure chart.";
    }

    public Object domThreshold() {
        return new Interval(1.0, 10000.0);
    }

    /** Hourly ceasefire hazard when pressure equals the threshold. */
    public double getHazardAtThreshold() {
        return hazardAtThreshold;
    }

    public void setHazardAtThreshold(double value) {
        this.hazardAtThreshold = value;
    }

    public String desHazardAtThreshold() {
        return "Hourly ceasefire hazard when pressure equals the threshold; it grows with the square of "
                + "pressure / threshold.";
    }

    public Object domHazardAtThreshold() {
        return new Interval(0.0, 1.0);
    }

    /** Share of political pressure that fades each hour. */
    public double getDecayPerHour() {
        return decayPerHour;
    }

    public void setDecayPerHour(double value) {
        this.decayPerHour = value;
    }

    public String desDecayPerHour() {
        return "Share of political pressure that fades each hour.";
    }

    public Object domDecayPerHour() {
        return new Interval(0.0, 1.0);
    }

    /** Pressure added per government soldier or policeman killed. */
    public double getPerGovernmentDeath() {
        return perGovernmentDeath;
    }

    public void setPerGovernmentDeath(double value) {
        this.perGovernmentDeath = value;
    }

    public String desPerGovernmentDeath() {
        return "Pressure added per government soldier or policeman killed.";
    }

    public Object domPerGovernmentDeath() {
        return new Interval(0.0, 20.0);
    }

    /** Pressure added per militia fighter killed. */
    public double getPerMilitiaDeath() {
        return perMilitiaDeath;
    }

    public void setPerMilitiaDeath(double value) {
        this.perMilitiaDeath = value;
    }

    public String desPerMilitiaDeath() {
        return "Pressure added per militia fighter killed.";
    }

    public Object domPerMilitiaDeath() {
        return new Interval(0.0, 20.0);
    }

    /** Pressure added per civilian killed or wounded. */
    public double getPerCivilianCasualty() {
        return perCivilianCasualty;
    }

    public void setPerCivilianCasualty(double value) {
        this.perCivilianCasualty = value;
    }

    public String desPerCivilianCasualty() {
        return "Pressure added per civilian killed or wounded.";
    }

    public Object domPerCivilianCasualty() {
        return new Interval(0.0, 20.0);
    }

    /** Pressure added per government defector. */
    public double getPerDefector() {
        return perDefector;
    }

    public void setPerDefector(double value) {
        this.perDefector = value;
    }

    public String desPerDefector() {
        return "Pressure added per government defector.";
    }

    public Object domPerDefector() {
        return new Interval(0.0, 5.0);
    }

    /** Pressure added per coalition strike. */
    public double getPerStrike() {
        return perStrike;
    }

    public void setPerStrike(double value) {
        this.perStrike = value;
    }

    public String desPerStrike() {
        return "Pressure added per coalition strike.";
    }

    public Object domPerStrike() {
        return new Interval(0.0, 20.0);
    }

    /** Pressure added per hour of the offensive in which no stronghold is taken. */
    public double getPerStalemateHour() {
        return perStalemateHour;
    }

    public void setPerStalemateHour(double value) {
        this.perStalemateHour = value;
    }

    public String desPerStalemateHour() {
        return "Pressure added for each hour of the offensive after a full day without a district taken.";
    }

    public Object domPerStalemateHour() {
        return new Interval(0.0, 20.0);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Enabled", "StartDay", "MinNegotiationHours", "Threshold", "HazardAtThreshold", "DecayPerHour",
                "PerGovernmentDeath", "PerMilitiaDeath", "PerCivilianCasualty", "PerDefector", "PerStrike",
                "PerStalemateHour");
    }
}
