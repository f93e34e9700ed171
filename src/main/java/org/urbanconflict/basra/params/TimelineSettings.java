package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.Arrays;
import java.util.List;
import sim.util.Interval;

/**
 * The Timeline tab: how long a run lasts and the dated events that are not decisions: the ultimatum, the
 * reinforcements, the coalition advisers and the halt of raids. The baseline ends on day 9, before the April
 * reinforcements arrive; lengthen HorizonDays to see them.
 */
public final class TimelineSettings implements Ordered {
    private static final Interval HORIZON_DAYS = new Interval(2.0, 40.0);
    private static final Interval ULTIMATUM_HOURS = new Interval(0.0, 240.0);
    private static final Interval REINFORCEMENTS = new Interval(0L, 20000L);
    private static final UnitType[] TYPES = UnitType.values();

    private final ParameterSource source;

    public TimelineSettings(ParameterSource source) {
        this.source = source;
    }

    private ScenarioParameters p() {
        return source.parameters();
    }

    private ReinforcementParameters reinforcements() {
        return p().getGovernment().getReinforcements();
    }

    public double getHorizonDays() {
        return p().getTime().getHorizonDays();
    }

    public void setHorizonDays(double value) {
        double earliest = p().getTime().getStartDay() + 1.0 / 24.0;
        p().getTime().setHorizonDays(Math.max(earliest, Limits.clamp(value, HORIZON_DAYS)));
    }

    public Object domHorizonDays() {
        return HORIZON_DAYS;
    }

    public String desHorizonDays() {
        return "Battle day the run ends at midnight (9 = the end of 1 April). The Console pauses there.";
    }

    public double getUltimatumDay() {
        return p().getUltimatum().getIssuedDay();
    }

    public void setUltimatumDay(double value) {
        p().getUltimatum().setIssuedDay(Limits.clamp(value, Limits.BATTLE_DAY));
    }

    public Object domUltimatumDay() {
        return Limits.BATTLE_DAY;
    }

    public String desUltimatumDay() {
        return "Battle day the weapons ultimatum is issued (26 March is day 2).";
    }

    public double getUltimatumHours() {
        return p().getUltimatum().getDurationHours();
    }

    public void setUltimatumHours(double value) {
        p().getUltimatum().setDurationHours(Limits.clamp(value, ULTIMATUM_HOURS));
    }

    public Object domUltimatumHours() {
        return ULTIMATUM_HOURS;
    }

    public String desUltimatumHours() {
        return "Hours the ultimatum runs before it expires (72 in 2008).";
    }

    public int getReinforcementPersonnel() {
        return reinforcements().getPersonnel();
    }

    public void setReinforcementPersonnel(int value) {
        reinforcements().setPersonnel(Limits.clamp(value, REINFORCEMENTS));
    }

    public Object domReinforcementPersonnel() {
        return REINFORCEMENTS;
    }

    public String desReinforcementPersonnel() {
        return "Personnel arriving as reinforcements (about 6,600 by early April).";
    }

    public int getReinforcementType() {
        return Arrays.asList(TYPES).indexOf(UnitType.fromJsonName(reinforcements().getType()));
    }

    public void setReinforcementType(int value) {
        reinforcements().setType(TYPES[Math.max(0, Math.min(TYPES.length - 1, value))].jsonName());
    }

    /** A String[] domain: MASON draws a pop-up menu and passes the chosen index. */
    public Object domReinforcementType() {
        String[] labels = new String[TYPES.length];
        for (int i = 0; i < TYPES.length; i++) {
            labels[i] = UnitTypeSettings.label(TYPES[i]);
        }
        return labels;
    }

    public String desReinforcementType() {
        return "What kind of units the reinforcements are; they behave like that type on the Government tab.";
    }

    public double getReinforcementFirstDay() {
        return reinforcements().getFirstDay();
    }

    public void setReinforcementFirstDay(double value) {
        double day = Limits.clamp(value, Limits.LATE_BATTLE_DAY);
        reinforcements().setFirstDay(day);
        reinforcements().setLastDay(Math.max(day, reinforcements().getLastDay()));
    }

    public Object domReinforcementFirstDay() {
        return Limits.LATE_BATTLE_DAY;
    }

    public String desReinforcementFirstDay() {
        return "Battle day the first reinforcements arrive (2 April is day 9). Moving it past the last day moves the "
                + "last day too.";
    }

    public double getReinforcementLastDay() {
        return reinforcements().getLastDay();
    }

    public void setReinforcementLastDay(double value) {
        double day = Limits.clamp(value, Limits.LATE_BATTLE_DAY);
        reinforcements().setLastDay(day);
        reinforcements().setFirstDay(Math.min(day, reinforcements().getFirstDay()));
    }

    public Object domReinforcementLastDay() {
        return Limits.LATE_BATTLE_DAY;
    }

    public String desReinforcementLastDay() {
        return "Battle day the last reinforcements arrive (4 April is day 11).";
    }

    public double getAdvisersDay() {
        return p().getGovernment().getMorale().getAdvisersDay();
    }

    public void setAdvisersDay(double value) {
        p().getGovernment().getMorale().setAdvisersDay(Limits.clamp(value, Limits.LATE_BATTLE_DAY));
    }

    public Object domAdvisersDay() {
        return Limits.LATE_BATTLE_DAY;
    }

    public String desAdvisersDay() {
        return "Battle day coalition advisers embed with Iraqi units, raising morale (1 April is day 8).";
    }

    public boolean getRaidsAfterCeasefire() {
        return government().isRaidsAfterCeasefire();
    }

    public void setRaidsAfterCeasefire(boolean value) {
        government().setRaidsAfterCeasefire(value);
    }

    public String desRaidsAfterCeasefire() {
        return "Whether government units keep advancing after the ceasefire, until RaidsHaltDay.";
    }

    public double getRaidsHaltDay() {
        return government().getRaidsHaltDay();
    }

    public void setRaidsHaltDay(double value) {
        government().setRaidsHaltDay(Limits.clamp(value, Limits.LATE_BATTLE_DAY));
    }

    public Object domRaidsHaltDay() {
        return Limits.LATE_BATTLE_DAY;
    }

    public String desRaidsHaltDay() {
        return "Battle day Maliki halts raids (4 April is day 11).";
    }

    private GovernmentParameters government() {
        return p().getGovernment();
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("HorizonDays", "UltimatumDay", "UltimatumHours", "ReinforcementPersonnel", "ReinforcementType",
                "ReinforcementFirstDay", "ReinforcementLastDay", "AdvisersDay", "RaidsAfterCeasefire",
                "RaidsHaltDay");
    }

    @Override
    public String toString() {
        return "Timeline";
    }
}
