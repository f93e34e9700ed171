package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.core.scenario.ValidationTarget;
import org.urbanconflict.basra.params.UnitType;

/** The short, readable summary a person sees after {@code run}. */
final class RunReport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private RunReport() {
    }

    static void print(PrintWriter out, Scenario scenario, RunResult r) {
        int last = r.hourly().length - 1;
        out.printf(Locale.ROOT, "%s, seed %d: %d hours, %s to %s%n", scenario.name(), r.seed(), last,
                WHEN.format(r.times().get(0)), WHEN.format(r.times().get(last)));
        double ceasefire = r.summary("ceasefire_hour");
        out.println(Double.isNaN(ceasefire) ? "Ceasefire:   none within the horizon"
                : String.format(Locale.ROOT, "Ceasefire:   day %d (%s)", (int) r.summary("ceasefire_day"),
                        WHEN.format(r.times().get((int) ceasefire))));
        out.println("Outcome:     " + r.outcome().replace('_', ' '));
        out.printf(Locale.ROOT, "Casualties   %10s %10s%n", "killed", "wounded");
        row(out, "government", r, "gov_killed", "gov_wounded");
        row(out, "militia", r, "militia_killed", "militia_wounded");
        row(out, "civilians", r, "civilian_killed", "civilian_wounded");
        out.printf(Locale.ROOT, "Government personnel: %,d refused to fight, %,d deserted, %,d defected%n",
                (long) r.summary("refusals"), (long) r.summary("desertions"), (long) r.summary("defections"));
        StringBuilder byType = new StringBuilder("  by type (refused/deserted/defected):");
        for (UnitType type : UnitType.values()) {
            String s = type.metricSuffix();
            byType.append(String.format(Locale.ROOT, " %s %d/%d/%d;", type.jsonName(),
                    (long) r.summary("refusals_" + s), (long) r.summary("desertions_" + s),
                    (long) r.summary("defections_" + s)));
        }
        out.println(byType.substring(0, byType.length() - 1));
        out.printf(Locale.ROOT, "Control:     government holds %.0f%% of the urban area at the ceasefire, %.0f%% at"
                + " the end (%.0f%% of residents); strongholds taken %d%n",
                100 * r.summary("gov_control_urban_at_ceasefire"), 100 * r.summary("gov_control_urban"),
                100 * r.summary("gov_control_population"), (long) r.summary("strongholds_taken"));
        double strike = r.summary("first_coalition_fire_day");
        out.printf(Locale.ROOT, "Coalition:   %s; %d air strikes, %d artillery missions%n",
                Double.isNaN(strike) ? "no strikes" : "first strike on day " + (int) strike,
                (long) r.summary("strikes_air"), (long) r.summary("strikes_artillery"));
        out.printf(Locale.ROOT, "Displaced:   %,d residents; weapons handed in: %d%n", (long) r.summary("displaced"),
                (long) r.summary("weapons_handed_in"));
        out.printf(Locale.ROOT, "Targets hit: %d of %d%n", r.targetsHit(), r.targets().size());
        for (ValidationTarget t : scenario.targets()) {
            out.printf(Locale.ROOT, "  [%s] %-22s %s%n", r.targets().get(t.id()) ? "x" : " ", t.id(), t.description());
        }
    }

    private static void row(PrintWriter out, String side, RunResult r, String killed, String wounded) {
        out.printf(Locale.ROOT, "  %-10s %10d %10d%n", side, (long) r.summary(killed), (long) r.summary(wounded));
    }
}
