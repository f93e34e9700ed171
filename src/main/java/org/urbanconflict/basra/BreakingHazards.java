package org.urbanconflict.basra;

import org.urbanconflict.basra.params.HazardCoefficients;

/**
 * The refuse / desert / defect hazard model. Each hazard is a type's base hourly rate multiplied by
 * {@code exp(wm*(0.5 - morale) + wi*infiltration + wf*ln(1 + M/G) + wl*recentLossShare)}, so the base is the
 * rate of a unit at morale 0.5 with no infiltration, no militia nearby and no recent losses. Log-linear keeps every
 * hazard positive and lets each factor multiply the others, as in a proportional-hazards model.
 */
public final class BreakingHazards {
    private BreakingHazards() {
    }

    /**
     * The multiplier applied to every base hazard of a unit.
     *
     * @param localMilitia     militia fighters within the contact radius
     * @param localGovernment  government personnel within the contact radius, the unit included
     * @param recentLossShare  share of the unit's strength lost recently (decayed over about a day)
     */
    public static double multiplier(HazardCoefficients w, double morale, double infiltration, double localMilitia,
            double localGovernment, double recentLossShare) {
        double ratio = localGovernment > 0 ? localMilitia / localGovernment : localMilitia > 0 ? 10.0 : 0.0;
        double exponent = w.getMorale() * (0.5 - morale)
                + w.getInfiltration() * infiltration
                + w.getForceRatio() * Math.log1p(ratio)
                + w.getRecentLoss() * recentLossShare;
        return Math.exp(exponent);
    }
}
