package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * Morale dynamics: what lowers it, what restores it, and the coalition advisers who stiffen it.
 */
public final class MoraleParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private double recoveryPerHour;
    private double lossPerCasualtyShare;
    private double contagionLoss;
    private double contagionRadius;
    private double fireSupportBoost;
    private double advisersDay;
    private double advisersBoost;

    /** Share of the gap to initial morale recovered each quiet hour. */
    public double getRecoveryPerHour() {
        return recoveryPerHour;
    }

    public void setRecoveryPerHour(double value) {
        this.recoveryPerHour = value;
    }

    public String desRecoveryPerHour() {
        return "Share of the gap to initial morale recovered each quiet hour.";
    }

    public Object domRecoveryPerHour() {
        return new Interval(0.0, 1.0);
    }

    /** Morale lost per unit share of strength lost in an hour. */
    public double getLossPerCasualtyShare() {
        return lossPerCasualtyShare;
    }

    public void setLossPerCasualtyShare(double value) {
        this.lossPerCasualtyShare = value;
    }

    public String desLossPerCasualtyShare() {
        return "Morale lost per unit share of strength lost in an hour.";
    }

    public Object domLossPerCasualtyShare() {
        return new Interval(0.0, 10.0);
    }

    /** Morale lost when a nearby unit refuses or defects. */
    public double getContagionLoss() {
        return contagionLoss;
    }

    public void setContagionLoss(double value) {
        this.contagionLoss = value;
    }

    public String desContagionLoss() {
        return "Morale lost when a nearby unit refuses or defects.";
    }

    public Object domContagionLoss() {
        return new Interval(0.0, 1.0);
    }

    /** Radius in cells within which refusals and defections are contagious. */
    public double getContagionRadius() {
        return contagionRadius;
    }

    public void setContagionRadius(double value) {
        this.contagionRadius = value;
    }

    public String desContagionRadius() {
        return "Radius in cells within which refusals and defections are contagious.";
    }

    public Object domContagionRadius() {
        return new Interval(0.0, 10.0);
    }

    /** Morale gained by units near a coalition strike. */
    public double getFireSupportBoost() {
        return fireSupportBoost;
    }

    public void setFireSupportBoost(double value) {
        this.fireSupportBoost = value;
    }

    public String desFireSupportBoost() {
        return "Morale gained by units near a coalition strike.";
    }

    public Object domFireSupportBoost() {
        return new Interval(0.0, 1.0);
    }

    /** Battle day on which coalition advisory teams embed. */
    public double getAdvisersDay() {
        return advisersDay;
    }

    public void setAdvisersDay(double value) {
        this.advisersDay = value;
    }

    public String desAdvisersDay() {
        return "Battle day coalition advisers embed with Iraqi units, raising morale (1 April is day 8).";
    }

    public Object domAdvisersDay() {
        return new Interval(1.0, 60.0);
    }

    /** Morale gained (and hazards reduced) when advisers embed. */
    public double getAdvisersBoost() {
        return advisersBoost;
    }

    public void setAdvisersBoost(double value) {
        this.advisersBoost = value;
    }

    public String desAdvisersBoost() {
        return "Morale gained (and hazards reduced) when advisers embed.";
    }

    public Object domAdvisersBoost() {
        return new Interval(0.0, 1.0);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("RecoveryPerHour", "LossPerCasualtyShare", "ContagionLoss", "ContagionRadius",
                "FireSupportBoost", "AdvisersDay", "AdvisersBoost");
    }
}
