package org.urbanconflict.basra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.MetricSet;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.basra.scenario.ParameterCopier;
import org.urbanconflict.basra.scenario.ParameterRules;
import org.urbanconflict.core.scenario.BeanPointer;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.CitedOverride;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.core.scenario.JsonSchemaCheck;
import org.urbanconflict.core.scenario.NumericRange;
import org.urbanconflict.basra.scenario.Scenario;
import org.urbanconflict.core.scenario.ValidationTarget;

/** The Basra model with one scenario, as an {@link Experiment} for batches, sweeps and comparisons. */
public final class BasraExperiment implements Experiment {
    /** File names of the self-contained scenario copy kept in a results folder. */
    public static final String SCENARIO_FILE = "scenario.json";
    public static final String MAP_FILE = "scenario-map.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POINTER_HINT = "/militia/fighters (see 'urbanconflict params' for them all)";

    private final Scenario scenario;
    /** Parameters set by {@link #withParameter} on top of the scenario file, oldest first. */
    private final List<CitedOverride> overrides;

    public BasraExperiment(Scenario scenario) {
        this(scenario, List.of());
    }

    private BasraExperiment(Scenario scenario, List<CitedOverride> overrides) {
        this.scenario = scenario;
        this.overrides = List.copyOf(overrides);
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public String modelId() {
        return BasraDefinition.ID;
    }

    /** "210 cited values, 120 assumptions, map 40x34 with 16 districts". */
    @Override
    public String summary() {
        long assumptions = scenario.citations().values().stream().filter(Citation::isAssumption).count();
        DistrictMap map = scenario.map();
        return scenario.citations().size() + " cited values, " + assumptions + " assumptions, map " + map.width()
                + "x" + map.height() + " with " + map.districts().size() + " districts";
    }

    @Override
    public Map<String, Citation> citations() {
        return scenario.citations();
    }

    @Override
    public String name() {
        return scenario.name();
    }

    @Override
    public String hash() {
        return scenario.hash();
    }

    /** The scenario file with every parameter set by {@link #withParameter}, and its map, as canonical copies. */
    @Override
    public Map<String, String> configurationFiles() {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(scenario.resolvedJson());
            root.remove("extends");
            root.put("map", MAP_FILE);
            overrides.forEach(o -> o.write(root));
            Map<String, String> files = new LinkedHashMap<>();
            files.put(SCENARIO_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            files.put(MAP_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(scenario
                    .mapJson())) + "\n");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String parametersJson() {
        return ParameterCopier.toJson(scenario.parameters());
    }

    @Override
    public List<ValidationTarget> targets() {
        return scenario.targets();
    }

    @Override
    public RunResult run(long seed) {
        return ConflictModel.run(scenario, seed);
    }

    /**
     * Sets the value on a copy of the parameter bean: the schema's range for that place and the rules that tie several
     * parameters together ({@link ParameterRules}) are checked as the loader checks a file, without writing or reading
     * one. Costs a copy of the bean (tens of microseconds), once per sweep point, never per run.
     */
    @Override
    public Experiment withParameter(String pointer, double value) {
        CitedOverride change = CitedOverride.checked(JsonSchemaCheck.scenario(), pointer, value, POINTER_HINT);
        Scenario changed = scenario.withChange(pointer + "=" + change.value(),
                p -> BeanPointer.set(p, pointer, change.value()));
        List<String> problems = ParameterRules.problems(changed.sharedParameters());
        if (!problems.isEmpty()) {
            throw change.refused(String.join("; ", problems));
        }
        List<CitedOverride> all = new ArrayList<>(overrides);
        all.add(change);
        return new BasraExperiment(changed, all);
    }

    @Override
    public double parameterValue(String pointer) {
        double value = BeanPointer.get(scenario.sharedParameters(), pointer);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter of this scenario; "
                    + POINTER_HINT);
        }
        return value;
    }

    @Override
    public boolean isSwitch(String pointer) {
        NumericRange range = NumericRange.settable(JsonSchemaCheck.scenario(), pointer);
        return range != null && range.isSwitch();
    }

    /**
     * The charts and headline metrics of a batch or comparison. A scenario with the April clearance adds the
     * prediction's metrics (when each stronghold fell, deaths in the clearance, the city held at the end) to the
     * headlines, so the console prints them too; the March scenarios keep their list.
     */
    @Override
    public ChartPlan chartPlan() {
        List<String> headlines = new ArrayList<>(List.of("ceasefire_day", "gov_control_urban_at_ceasefire",
                "gov_control_urban", "refused_or_deserted_week1", "deaths_week1", "wounded_week1", "gov_killed",
                "militia_killed", "civilian_killed", "defections", "strikes_air", "strikes_artillery", "displaced"));
        if (scenario.sharedParameters().getClearance().isEnabled()) {
            headlines.addAll(SummaryMetrics.clearanceHeadlines(scenario.map()));
        }
        return new ChartPlan(List.of(
                new ChartPlan.Fan("casualties-killed", "Killed, by side", "people killed",
                        List.of("gov_killed", "militia_killed", "civilian_killed"),
                        List.of("Government", "Militia", "Civilians")),
                new ChartPlan.Fan("casualties-wounded", "Wounded, by side", "people wounded",
                        List.of("gov_wounded", "militia_wounded", "civilian_wounded"),
                        List.of("Government", "Militia", "Civilians")),
                new ChartPlan.Fan("control", "Government control of the urban area", "share of urban area",
                        List.of("gov_control_urban"), List.of("Government share")),
                new ChartPlan.Fan("refusals-desertions-defections", "Refusals, desertions and defections",
                        "government personnel", List.of("refusals", "desertions", "defections"),
                        List.of("Refused to fight", "Deserted", "Defected"))),
                "ceasefire_day", "ceasefire day (battle day; day 6 = 30 March 2008)", "without a ceasefire",
                scenario.map(), "taken_at_ceasefire_",
                "Probability that the government holds each district at the ceasefire",
                java.util.Arrays.stream(Outcome.values()).map(Outcome::id).toList(), headlines);
    }

    @Override
    public MetricSet<?> hourlyMetrics() {
        return Metrics.HOURLY;
    }

    @Override
    public MetricSet<?> summaryMetrics() {
        return SummaryMetrics.of(scenario.map());
    }
}
