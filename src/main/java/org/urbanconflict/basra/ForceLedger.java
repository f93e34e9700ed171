package org.urbanconflict.basra;

import java.io.Serializable;
import org.urbanconflict.basra.params.UnitType;

/**
 * Running totals of what happened to people, by side and (for the government) by unit type. Every change to an
 * agent's strength goes through here, so the identity committed = active + killed + wounded + deserted + defected +
 * dismissed (and its militia and civilian counterparts) can be checked at every hour.
 */
public final class ForceLedger implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int TYPES = UnitType.values().length;

    final long[] governmentCommitted = new long[TYPES];
    final long[] governmentKilled = new long[TYPES];
    final long[] governmentWounded = new long[TYPES];
    final long[] refused = new long[TYPES];
    final long[] deserted = new long[TYPES];
    final long[] defected = new long[TYPES];
    final long[] dismissed = new long[TYPES];
    long militiaInitial;
    long militiaRecruited;
    long militiaJoinedByDefection;
    long militiaKilled;
    long militiaWounded;
    long civilianInitial;
    long civilianKilled;
    long civilianWounded;
    long weaponsHandedIn;
    long airStrikes;
    long artilleryStrikes;
    long sabotageActs;

    public long governmentCommitted() {
        return sum(governmentCommitted);
    }

    public long governmentKilled() {
        return sum(governmentKilled);
    }

    public long governmentWounded() {
        return sum(governmentWounded);
    }

    public long refused(UnitType type) {
        return refused[type.ordinal()];
    }

    public long deserted(UnitType type) {
        return deserted[type.ordinal()];
    }

    public long defected(UnitType type) {
        return defected[type.ordinal()];
    }

    public long refusedTotal() {
        return sum(refused);
    }

    public long desertedTotal() {
        return sum(deserted);
    }

    public long defectedTotal() {
        return sum(defected);
    }

    /** Personnel of refusing units dismissed from the force (the April 2008 phase); zero in the March baseline. */
    public long dismissedTotal() {
        return sum(dismissed);
    }

    public long militiaInflow() {
        return militiaInitial + militiaRecruited + militiaJoinedByDefection;
    }

    public long militiaRecruited() {
        return militiaRecruited;
    }

    public long militiaJoinedByDefection() {
        return militiaJoinedByDefection;
    }

    public long militiaKilled() {
        return militiaKilled;
    }

    public long militiaWounded() {
        return militiaWounded;
    }

    public long civilianInitial() {
        return civilianInitial;
    }

    public long civilianKilled() {
        return civilianKilled;
    }

    public long civilianWounded() {
        return civilianWounded;
    }

    public long weaponsHandedIn() {
        return weaponsHandedIn;
    }

    public long airStrikes() {
        return airStrikes;
    }

    public long artilleryStrikes() {
        return artilleryStrikes;
    }

    public long sabotageActs() {
        return sabotageActs;
    }

    /** Deaths of all sides so far. */
    public long deathsAllSides() {
        return governmentKilled() + militiaKilled + civilianKilled;
    }

    /** Wounded of all sides so far. */
    public long woundedAllSides() {
        return governmentWounded() + militiaWounded + civilianWounded;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    public void commitGovernment(UnitType type, int personnel) {
        governmentCommitted[type.ordinal()] += personnel;
    }

    public void governmentCasualties(UnitType type, int killed, int wounded) {
        governmentKilled[type.ordinal()] += killed;
        governmentWounded[type.ordinal()] += wounded;
    }

    public void refusal(UnitType type, int personnel) {
        refused[type.ordinal()] += personnel;
    }

    public void desertion(UnitType type, int personnel) {
        deserted[type.ordinal()] += personnel;
    }

    /** Dismissed personnel leave the force: they stop counting as active, and are neither killed nor deserters. */
    public void dismissal(UnitType type, int personnel) {
        dismissed[type.ordinal()] += personnel;
    }

    /** Defectors leave the government ledger and join the militia's. */
    public void defection(UnitType type, int personnel) {
        defected[type.ordinal()] += personnel;
        militiaJoinedByDefection += personnel;
    }

    public void militiaStart(int fighters) {
        militiaInitial += fighters;
    }

    public void militiaRecruits(int fighters) {
        militiaRecruited += fighters;
    }

    public void militiaCasualties(int killed, int wounded) {
        militiaKilled += killed;
        militiaWounded += wounded;
    }

    public void civilianStart(long residents) {
        civilianInitial += residents;
    }

    public void civilianCasualties(int killed, int wounded) {
        civilianKilled += killed;
        civilianWounded += wounded;
    }

    public void weaponsHandedIn(int weapons) {
        weaponsHandedIn += weapons;
    }

    public void strike(boolean air) {
        if (air) {
            airStrikes++;
        } else {
            artilleryStrikes++;
        }
    }

    public void sabotage() {
        sabotageActs++;
    }
}
