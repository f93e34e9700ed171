package org.urbanconflict.basra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.core.Metric;
import org.urbanconflict.core.MetricSet;

/**
 * End-of-run numbers, declared like the hourly ones: the final value of every hourly metric, then the quantities the
 * validation targets are stated in (ceasefire day, control at the ceasefire, week-one totals, weapons at the
 * ultimatum's expiry, first coalition fire) and whether the government held each district at the ceasefire; then
 * the April prediction: the day each stronghold fell for good, deaths by side from the resumption of the clearance,
 * and whether the government holds every stronghold at the end. A quantity that did not happen (no ceasefire, no
 * strike, a horizon shorter than a week, no clearance, a stronghold not held at the end) is NaN. The list depends on
 * the map (one column per district), so it is declared per map; its order is the column order of runs.csv.
 */
public final class SummaryMetrics {
    /** The first week ends at midnight closing battle day 7 (31 March). */
    public static final double END_OF_WEEK_ONE_DAY = 8.0;

    private SummaryMetrics() {
    }

    public static Map<String, Double> compute(ConflictModel model) {
        return of(model.territory().map()).read(model);
    }

    /** Every end-of-run metric of a run on this map, in column order. */
    public static MetricSet<ConflictModel> of(DistrictMap map) {
        MetricSet.Builder<ConflictModel> s = MetricSet.builder();
        MetricSet<ConflictModel> hourly = Metrics.HOURLY;
        for (int i = 0; i < hourly.size(); i++) {
            Metric<ConflictModel> m = hourly.get(i);
            int column = i;
            s.add(m.name(), m.unit(), m.description() + ", at the end of the run",
                    x -> x.recorder().value(x.recorder().rowCount() - 1, column));
        }
        s.add("ceasefire_hour", "hours", "Hours from the start to the ceasefire",
                x -> orNaN(x.politics().ceasefireHour()));
        s.add("ceasefire_day", "battle day", "Battle day of the ceasefire (day 1 = 25 March 2008)",
                x -> dayOf(x, x.politics().ceasefireHour()));
        s.add("first_coalition_fire_hour", "hours", "Hours from the start to the first coalition strike",
                x -> orNaN(x.fireSupport().firstStrikeHour()));
        s.add("first_coalition_fire_day", "battle day", "Battle day of the first coalition strike",
                x -> dayOf(x, x.fireSupport().firstStrikeHour()));
        s.add("gov_control_urban_at_ceasefire", "share",
                "Government share of urban area at the ceasefire (at the end of a run without one)",
                x -> x.territoryState().urbanShareAtCeasefire());
        for (District d : map.districts()) {
            int index = d.index();
            s.add("taken_at_ceasefire_" + d.id().replace('-', '_'), "flag",
                    "1 if the government held " + d.name() + " at the ceasefire",
                    x -> x.territoryState().takenAtCeasefire(index) ? 1.0 : 0.0);
        }
        s.add("strongholds_taken_at_ceasefire", "districts", "Militia strongholds the government held at the"
                + " ceasefire", x -> strongholdsTaken(x, map));
        s.add("refused_or_deserted_week1", "people", "Government personnel who refused or deserted in week one",
                x -> weekOne(x, "refusals") + weekOne(x, "desertions"));
        s.add("deaths_week1", "people", "Deaths of all sides in week one",
                x -> weekOne(x, "gov_killed") + weekOne(x, "militia_killed") + weekOne(x, "civilian_killed"));
        s.add("wounded_week1", "people", "Wounded of all sides in week one",
                x -> weekOne(x, "gov_wounded") + weekOne(x, "militia_wounded") + weekOne(x, "civilian_wounded"));
        s.add("gov_killed_week1", "people", "Government personnel killed in week one", x -> weekOne(x, "gov_killed"));
        s.add("militia_killed_week1", "people", "Militia fighters killed in week one",
                x -> weekOne(x, "militia_killed"));
        s.add("civilian_killed_week1", "people", "Civilians killed in week one", x -> weekOne(x, "civilian_killed"));
        s.add("militia_to_gov_killed_week1", "ratio", "Militia dead per government dead in week one (government"
                + " dead counted as at least 1)", x -> weekOne(x, "militia_killed")
                / Math.max(1.0, weekOne(x, "gov_killed")));
        s.add("displaced_week1", "people", "Residents who left their homes in week one, returned or not",
                x -> weekOne(x, "displaced") + weekOne(x, "displaced_returned"));
        s.add("defections_week1", "people", "Government personnel who defected in week one",
                x -> weekOne(x, "defections"));
        s.add("defectors_per_refuser_week1", "ratio", "Defectors per person who refused or deserted in week one",
                x -> weekOne(x, "defections") / Math.max(1.0, weekOne(x, "refusals") + weekOne(x, "desertions")));
        s.add("deaths_day7", "people", "Deaths of all sides on 31 March (battle day 7)", x -> deathsOnDay(x, 7));
        s.add("deaths_day7_per_offensive_day", "ratio", "Deaths on 31 March as a share of the mean daily deaths of"
                + " days 2-5 (26-29 March, the offensive's full days)", SummaryMetrics::calmRatio);
        s.add("strikes_day7", "strikes", "Coalition strikes on 31 March (battle day 7)",
                x -> between(x, 7, 8, "strikes_air") + between(x, 7, 8, "strikes_artillery"));
        s.add("strikes_after_ceasefire", "strikes", "Coalition strikes that landed more than three hours after the"
                + " ceasefire (longer than any strike's delay)", SummaryMetrics::strikesAfterCeasefire);
        s.add("weapons_handed_in_at_ultimatum_expiry", "weapons", "Weapons handed in when the ultimatum expired",
                x -> at(x, x.politics().ultimatumExpiryHour(), "weapons_handed_in"));
        for (District d : map.districts()) {
            if (d.stronghold()) {
                int index = d.index();
                s.add("fall_day_" + d.id().replace('-', '_'), "battle day", "Battle day from which the government "
                        + "held " + d.name() + " to the end of the run (missing: not held at the end)",
                        x -> dayOf(x, x.territoryState().heldSinceHour(index)));
            }
        }
        for (String side : new String[] {"gov", "militia", "civilian"}) {
            s.add(side + "_killed_clearance", "people", DEATHS_OF.get(side) + " killed from the resumption of the"
                    + " April clearance to the end (missing: no clearance)", x -> sinceClearance(x, side + "_killed"));
        }
        s.add("holds_city_at_end", "flag", "1 if the government holds every militia stronghold at the end of the run",
                x -> x.territoryState().strongholdsTaken() == strongholds(map) ? 1.0 : 0.0);
        return s.build();
    }

    /** The April prediction's metrics: fall days, deaths in the clearance, dismissals, the city held at the end. */
    public static List<String> clearanceHeadlines(DistrictMap map) {
        List<String> names = new ArrayList<>();
        for (District d : map.districts()) {
            if (d.stronghold()) {
                names.add("fall_day_" + d.id().replace('-', '_'));
            }
        }
        names.addAll(List.of("gov_killed_clearance", "militia_killed_clearance", "civilian_killed_clearance",
                "dismissals", "holds_city_at_end"));
        return names;
    }

    private static final Map<String, String> DEATHS_OF = Map.of("gov", "Government personnel", "militia",
            "Militia fighters", "civilian", "Civilians");

    private static double sinceClearance(ConflictModel model, String metric) {
        int start = model.clearance().startHour();
        MetricsRecorder rec = model.recorder();
        return start < 0 ? Double.NaN : rec.latest(metric) - at(model, start, metric);
    }

    private static long strongholds(DistrictMap map) {
        return map.districts().stream().filter(District::stronghold).count();
    }

    private static double orNaN(int hour) {
        return hour < 0 ? Double.NaN : hour;
    }

    private static double dayOf(ConflictModel model, int hour) {
        return hour < 0 ? Double.NaN : model.clock().calendarDay(hour);
    }

    private static double strongholdsTaken(ConflictModel model, DistrictMap map) {
        int strongholds = 0;
        for (District d : map.districts()) {
            strongholds += d.stronghold() && model.territoryState().takenAtCeasefire(d.index()) ? 1 : 0;
        }
        return strongholds;
    }

    private static double weekOne(ConflictModel model, String metric) {
        return at(model, model.clock().hourOf(END_OF_WEEK_ONE_DAY), metric);
    }

    /** Deaths of all sides on one battle day (midnight to midnight), NaN if the run does not cover it. */
    private static double deathsOnDay(ConflictModel model, int day) {
        return between(model, day, day + 1, "gov_killed") + between(model, day, day + 1, "militia_killed")
                + between(model, day, day + 1, "civilian_killed");
    }

    /** The growth of a cumulative metric from midnight opening one battle day to midnight opening another. */
    private static double between(ConflictModel model, int fromDay, int toDay, String metric) {
        return valueAtDay(model, toDay, metric) - valueAtDay(model, fromDay, metric);
    }

    /** A cumulative metric at midnight opening a battle day; 0 before the run starts, NaN after it ends. */
    private static double valueAtDay(ConflictModel model, int day, String metric) {
        int hour = model.clock().hourOf(day);
        return hour < 0 ? 0.0 : at(model, hour, metric);
    }

    private static double calmRatio(ConflictModel model) {
        double offensiveDay = (deathsOnDay(model, 2) + deathsOnDay(model, 3) + deathsOnDay(model, 4)
                + deathsOnDay(model, 5)) / 4.0;
        return deathsOnDay(model, 7) / Math.max(1.0, offensiveDay);
    }

    private static double strikesAfterCeasefire(ConflictModel model) {
        int ceasefire = model.politics().ceasefireHour();
        MetricsRecorder rec = model.recorder();
        if (ceasefire < 0 || rec.rowCount() == 0) {
            return Double.NaN;
        }
        int last = rec.rowCount() - 1;
        int from = Math.min(last, ceasefire + 3);
        return at(model, last, "strikes_air") + at(model, last, "strikes_artillery")
                - at(model, from, "strikes_air") - at(model, from, "strikes_artillery");
    }

    private static double at(ConflictModel model, int hour, String metric) {
        MetricsRecorder rec = model.recorder();
        return hour >= 0 && hour < rec.rowCount() ? rec.value(hour, rec.indexOf(metric)) : Double.NaN;
    }
}
