package org.urbanconflict.basra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.basra.scenario.District;

/**
 * End-of-run numbers: the final value of every hourly metric, plus the quantities the validation targets are
 * stated in (ceasefire day, control at the ceasefire, week-one totals, weapons at the ultimatum's expiry, first
 * coalition fire). A quantity that did not happen (no ceasefire, no strike, a horizon shorter than a week) is NaN.
 */
public final class SummaryMetrics {
    /** The first week ends at midnight closing battle day 7 (31 March). */
    public static final double END_OF_WEEK_ONE_DAY = 8.0;

    private SummaryMetrics() {
    }

    public static Map<String, Double> compute(ConflictModel model) {
        MetricsRecorder rec = model.recorder();
        BattleClock clock = model.clock();
        Map<String, Double> s = new LinkedHashMap<>();
        List<Metric> metrics = rec.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            s.put(metrics.get(i).name(), rec.value(rec.rowCount() - 1, i));
        }
        int ceasefire = model.politics().ceasefireHour();
        s.put("ceasefire_hour", ceasefire < 0 ? Double.NaN : ceasefire);
        s.put("ceasefire_day", ceasefire < 0 ? Double.NaN : clock.calendarDay(ceasefire));
        int strike = model.fireSupport().firstStrikeHour();
        s.put("first_coalition_fire_hour", strike < 0 ? Double.NaN : strike);
        s.put("first_coalition_fire_day", strike < 0 ? Double.NaN : clock.calendarDay(strike));
        TerritoryStep territory = model.territoryState();
        s.put("gov_control_urban_at_ceasefire", territory.urbanShareAtCeasefire());
        int strongholds = 0;
        for (District d : model.territory().map().districts()) {
            boolean taken = territory.takenAtCeasefire(d.index());
            s.put("taken_at_ceasefire_" + d.id().replace('-', '_'), taken ? 1.0 : 0.0);
            strongholds += d.stronghold() && taken ? 1 : 0;
        }
        s.put("strongholds_taken_at_ceasefire", (double) strongholds);
        int week = clock.hourOf(END_OF_WEEK_ONE_DAY);
        s.put("refused_or_deserted_week1", at(rec, week, "refusals") + at(rec, week, "desertions"));
        s.put("deaths_week1", at(rec, week, "gov_killed") + at(rec, week, "militia_killed")
                + at(rec, week, "civilian_killed"));
        s.put("wounded_week1", at(rec, week, "gov_wounded") + at(rec, week, "militia_wounded")
                + at(rec, week, "civilian_wounded"));
        s.put("weapons_handed_in_at_ultimatum_expiry",
                at(rec, model.politics().ultimatumExpiryHour(), "weapons_handed_in"));
        return s;
    }

    private static double at(MetricsRecorder rec, int hour, String metric) {
        return hour >= 0 && hour < rec.rowCount() ? rec.value(hour, rec.indexOf(metric)) : Double.NaN;
    }
}
