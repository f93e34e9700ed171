package org.urbanconflict.basra;

import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.core.MetricSet;

/** The hourly metrics of the Basra model, declared once. Order here is column order in every output. */
public final class Metrics {
    private Metrics() {
    }

    /** The hourly metrics, in column order; shared by every run (the reporters hold no state). */
    public static final MetricSet<ConflictModel> HOURLY = declare();

    private static MetricSet<ConflictModel> declare() {
        MetricSet.Builder<ConflictModel> m = MetricSet.builder();
        m.add("gov_killed", "people", "Government personnel killed", x -> x.ledger().governmentKilled());
        m.add("gov_wounded", "people", "Government personnel wounded", x -> x.ledger().governmentWounded());
        m.add("militia_killed", "people", "Militia fighters killed", x -> x.ledger().militiaKilled());
        m.add("militia_wounded", "people", "Militia fighters wounded", x -> x.ledger().militiaWounded());
        m.add("civilian_killed", "people", "Civilians killed", x -> x.ledger().civilianKilled());
        m.add("civilian_wounded", "people", "Civilians wounded", x -> x.ledger().civilianWounded());
        m.add("refusals", "people", "Government personnel who refused to fight",
                x -> x.ledger().refusedTotal());
        m.add("desertions", "people", "Government personnel who deserted", x -> x.ledger().desertedTotal());
        m.add("defections", "people", "Government personnel who defected to the militia",
                x -> x.ledger().defectedTotal());
        m.add("dismissals", "people", "Government personnel who refused and were dismissed from the force",
                x -> x.ledger().dismissedTotal());
        for (UnitType type : UnitType.values()) {
            String s = type.metricSuffix();
            m.add("refusals_" + s, "people", "Refusals, " + type.jsonName(), x -> x.ledger().refused(type));
            m.add("desertions_" + s, "people", "Desertions, " + type.jsonName(),
                    x -> x.ledger().deserted(type));
            m.add("defections_" + s, "people", "Defections, " + type.jsonName(),
                    x -> x.ledger().defected(type));
        }
        m.add("gov_committed", "people", "Government personnel committed so far (start plus arrivals)",
                x -> x.ledger().governmentCommitted());
        m.add("gov_active", "people", "Government personnel still in their units", Metrics::governmentActive);
        m.add("gov_refusing", "people", "Government personnel who refused and are still in their units", Metrics::governmentRefusing);
        m.add("militia_fighters", "people", "Militia fighters alive and unwounded", Metrics::militiaFighters);
        m.add("militia_recruited", "people", "Militia recruits from residents", x -> x.ledger().militiaRecruited());
        m.add("militia_joined", "people", "Militia gained from government defectors",
                x -> x.ledger().militiaJoinedByDefection());
        m.add("gov_control_urban", "share", "Government share of urban area",
                x -> x.territoryState().governmentUrbanShare());
        m.add("gov_control_population", "share", "Government share of the population",
                x -> x.territoryState().governmentPopulationShare());
        m.add("strongholds_taken", "districts", "Militia strongholds the government has taken",
                x -> x.territoryState().strongholdsTaken());
        m.add("displaced", "people", "Residents away from home because of fighting (not yet returned)",
                x -> x.civilians().totalDisplaced());
        m.add("displaced_returned", "people", "Displaced residents who have come back home",
                x -> x.civilians().totalReturned());
        m.add("civilians_present", "people", "Residents still at home and unharmed",
                x -> x.civilians().totalPresent());
        m.add("weapons_handed_in", "weapons", "Weapons handed in under the ultimatum",
                x -> x.ledger().weaponsHandedIn());
        m.add("strikes_air", "strikes", "Coalition air strikes", x -> x.ledger().airStrikes());
        m.add("strikes_artillery", "strikes", "Coalition artillery fire missions",
                x -> x.ledger().artilleryStrikes());
        m.add("political_pressure", "index", "Political pressure toward a settlement",
                x -> x.politics().pressure());
        m.add("ceasefire", "flag", "1 once the ceasefire is in force",
                x -> x.politics().ceasefireHour() >= 0 ? 1 : 0);
        return m.build();
    }

    static double governmentActive(ConflictModel model) {
        long total = 0;
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived()) {
                total += u.getActive();
            }
        }
        return total;
    }

    static double governmentRefusing(ConflictModel model) {
        long total = 0;
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived()) {
                total += u.getRefused();
            }
        }
        return total;
    }

    static double militiaFighters(ConflictModel model) {
        long total = 0;
        for (MilitiaCell m : model.militiaCells()) {
            total += m.getFighters();
        }
        return total;
    }
}
