package org.urbanconflict.basra;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.core.Ordered;

/**
 * The Model tab's "Now" page: where the battle stands, read from the hourly metrics (declared once in {@link
 * Metrics}), so the numbers here are the numbers in timeseries.csv. Read-only numbers, so MASON's right-click
 * "chart this property" works on each of them. Before the first start there is nothing to read and every figure is 0.
 */
public final class LiveFigures implements Ordered {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private final ConflictModel model;

    LiveFigures(ConflictModel model) {
        this.model = model;
    }

    private boolean started() {
        return model.recorder() != null && model.clock() != null;
    }

    private double metric(String name) {
        return started() ? model.recorder().latest(name) : 0.0;
    }

    private long count(String... names) {
        double sum = 0;
        for (String name : names) {
            sum += metric(name);
        }
        return Math.round(sum);
    }

    public String getScenario() {
        return model.scenario().name();
    }

    public String desScenario() {
        return "The scenario this run uses. Pick another from the Model tab's header or the map window's menu.";
    }

    /** Hours simulated so far: the state shown is the state at the end of this many hours. */
    private int hoursDone() {
        return (int) model.schedule.getSteps();
    }

    public String getSimulatedTime() {
        return started() ? WHEN.format(model.clock().dateTime(hoursDone())) : "not started";
    }

    public String desSimulatedTime() {
        return "Simulated date and time; one step is one hour, and the assault opens at 03:00 on 25 March 2008.";
    }

    public String getPhase() {
        return started() ? model.phase(hoursDone()) : "not started";
    }

    public String desPhase() {
        return "offensive, ultimatum (the 72 hours to hand in weapons), mediation (talks under way), ceasefire, or "
                + "clearance (the April scenario's deliberate clearance, once it has resumed).";
    }

    public double getGovernmentControlPercent() {
        return Math.round(metric("gov_control_urban") * 1000) / 10.0;
    }

    public String desGovernmentControlPercent() {
        return "Share of the urban area the government holds, in percent. The fact sheet puts it at 30-50% at the "
                + "ceasefire.";
    }

    public double getPoliticalPressure() {
        return Math.round(metric("political_pressure") * 10) / 10.0;
    }

    public String desPoliticalPressure() {
        return "Political pressure toward a settlement; the ceasefire grows likely as it nears the threshold.";
    }

    public double getCeasefireThreshold() {
        return model.parameters().getMediation().getThreshold();
    }

    public String desCeasefireThreshold() {
        return "The pressure at which the hourly ceasefire chance reaches its reference value (Mediation tab).";
    }

    public long getGovernmentCasualties() {
        return count("gov_killed", "gov_wounded");
    }

    public String desGovernmentCasualties() {
        return "Government personnel killed and wounded.";
    }

    public long getMilitiaCasualties() {
        return count("militia_killed", "militia_wounded");
    }

    public String desMilitiaCasualties() {
        return "Militia fighters killed and wounded.";
    }

    public long getCivilianCasualties() {
        return count("civilian_killed", "civilian_wounded");
    }

    public String desCivilianCasualties() {
        return "Civilians killed and wounded, by crossfire, indirect fire and strikes.";
    }

    public long getRefusals() {
        return count("refusals");
    }

    public String desRefusals() {
        return "Government personnel in units that refused to fight.";
    }

    public long getDesertions() {
        return count("desertions");
    }

    public String desDesertions() {
        return "Government personnel who deserted.";
    }

    public long getDefections() {
        return count("defections");
    }

    public String desDefections() {
        return "Government personnel who went over to the militia with their weapons.";
    }

    public long getMilitiaFighters() {
        return count("militia_fighters");
    }

    public String desMilitiaFighters() {
        return "Militia fighters alive and unwounded, including those who stood down.";
    }

    public long getDisplaced() {
        return count("displaced");
    }

    public String desDisplaced() {
        return "Residents who fled fighting in their block.";
    }

    public long getCoalitionStrikes() {
        return count("strikes_air", "strikes_artillery");
    }

    public String desCoalitionStrikes() {
        return "US air strikes and UK artillery fire missions so far.";
    }

    public long getWeaponsHandedIn() {
        return count("weapons_handed_in");
    }

    public String desWeaponsHandedIn() {
        return "Weapons handed in under the ultimatum (almost none were, in 2008).";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Scenario", "SimulatedTime", "Phase", "GovernmentControlPercent", "PoliticalPressure",
                "CeasefireThreshold", "GovernmentCasualties", "MilitiaCasualties", "CivilianCasualties", "Refusals",
                "Desertions", "Defections", "MilitiaFighters", "Displaced", "CoalitionStrikes", "WeaponsHandedIn");
    }

    @Override
    public String toString() {
        return "Now";
    }
}
