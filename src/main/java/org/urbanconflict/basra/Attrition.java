package org.urbanconflict.basra;

/**
 * One hour of Lanchester square-law attrition between two forces in one place. Each side's expected losses are the
 * other side's effective strength times its lethality (dG/dt = -a M, dM/dt = -b G); realised losses are Poisson
 * around that mean, so many small engagements average to the deterministic law (see the docking test).
 * Terrain favours the defender by a multiplier of {@code 1 + defenderBonus * density}.
 */
public final class Attrition {
    private Attrition() {
    }

    /** Which side holds the ground being fought over. */
    public enum Defender {
        GOVERNMENT, MILITIA, NEITHER
    }

    /** The defender's multiplier on its own lethality. */
    public static double terrainMultiplier(double defenderBonus, double density) {
        return 1.0 + defenderBonus * density;
    }

    /**
     * Expected government losses in one hour.
     *
     * @param militiaEffective  militia fighters able to fight (weapons permitting)
     * @param militiaLethality  government casualties per fighter-hour
     * @param ambushMultiplier  1 unless the militia sprang an ambush this hour
     */
    public static double expectedGovernmentLosses(double militiaEffective, double militiaLethality, Defender defender,
            double defenderBonus, double density, double ambushMultiplier) {
        double terrain = defender == Defender.MILITIA ? terrainMultiplier(defenderBonus, density) : 1.0;
        return militiaEffective * militiaLethality * terrain * ambushMultiplier;
    }

    /** Expected militia losses in one hour. */
    public static double expectedMilitiaLosses(double governmentEffective, double governmentLethality,
            Defender defender, double defenderBonus, double density) {
        double terrain = defender == Defender.GOVERNMENT ? terrainMultiplier(defenderBonus, density) : 1.0;
        return governmentEffective * governmentLethality * terrain;
    }

    /**
     * The share of incoming fire a government unit actually suffers: armoured vehicles and training keep
     * {@code armourProtection * training} of it off (fact sheet, Casualties: government forces fought from armour).
     */
    public static double governmentExposure(double armourProtection, double training) {
        return Math.max(0.0, 1.0 - armourProtection * training);
    }

    /**
     * The multiplier on militia losses: fighters on ground the militia holds fight from cover, elsewhere (raiding,
     * ambushing, crossing contested blocks) they are in the open, where government and coalition fire finds them.
     */
    public static double militiaExposure(boolean onOwnGround, double openGroundExposure) {
        return onOwnGround ? 1.0 : openGroundExposure;
    }

    /** Effective strength of government personnel: training scales it from half (untrained) to 1.5 times. */
    public static double governmentEffectiveness(int personnel, double training) {
        return personnel * (0.5 + training);
    }

    /** Effective strength of militia fighters: a fighter without a weapon does not count. */
    public static double militiaEffectiveness(int fighters, int weapons) {
        return Math.min(fighters, weapons);
    }
}
