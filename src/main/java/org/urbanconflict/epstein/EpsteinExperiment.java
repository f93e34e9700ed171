package org.urbanconflict.epstein;

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
import org.urbanconflict.core.scenario.CanonicalJson;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.CitedOverride;
import org.urbanconflict.core.scenario.JsonSchemaCheck;
import org.urbanconflict.core.scenario.NumericRange;
import org.urbanconflict.core.scenario.ValidationTarget;

/** Epstein's model with one scenario, as an {@link Experiment} for batches, sweeps, comparisons and charts. */
public final class EpsteinExperiment implements Experiment {
    /** The self-contained scenario copy a results folder keeps; {@code urbanconflict chart DIR} reloads it. */
    public static final String SCENARIO_FILE = "scenario.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String POINTER_HINT = "/citizens/legitimacy; numeric parameters: "
            + String.join(", ", EpsteinFields.NUMBERS.stream().map(EpsteinFields::pointer).toList());

    private final EpsteinScenario scenario;
    /** Parameters set by {@link #withParameter} on top of the scenario file, oldest first. */
    private final List<CitedOverride> overrides;

    public EpsteinExperiment(EpsteinScenario scenario) {
        this(scenario, List.of());
    }

    private EpsteinExperiment(EpsteinScenario scenario, List<CitedOverride> overrides) {
        this.scenario = scenario;
        this.overrides = List.copyOf(overrides);
    }

    public EpsteinScenario scenario() {
        return scenario;
    }

    @Override
    public String modelId() {
        return EpsteinScenario.MODEL;
    }

    /** "Epstein civil violence, 40x40 torus, 57 cited values, 3 assumptions". */
    @Override
    public String summary() {
        long assumptions = scenario.citations().values().stream().filter(Citation::isAssumption).count();
        EpsteinParameters p = scenario.parameters();
        return "Epstein civil violence, " + p.getWidth() + "x" + p.getHeight() + " torus, "
                + scenario.citations().size() + " cited values, " + assumptions + " assumptions";
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

    @Override
    public Map<String, String> configurationFiles() {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(scenario.resolvedJson());
            overrides.forEach(o -> o.write(root));
            // The model's name first, so the dispatch by "model" is easy to see in the copy.
            ObjectNode ordered = JSON.createObjectNode();
            ordered.set("model", root.get("model"));
            ordered.setAll(root);
            return Map.of(SCENARIO_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ordered) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String parametersJson() {
        Map<String, Object> values = new LinkedHashMap<>();
        EpsteinParameters p = scenario.parameters();
        values.put("width", p.getWidth());
        values.put("height", p.getHeight());
        values.put("citizenDensity", p.getCitizenDensity());
        values.put("copDensity", p.getCopDensity());
        values.put("citizenVision", p.getCitizenVision());
        values.put("copVision", p.getCopVision());
        values.put("legitimacy", p.getLegitimacy());
        values.put("threshold", p.getThreshold());
        values.put("arrestConstant", p.getArrestConstant());
        values.put("arrestRule", p.arrestRule().jsonName());
        values.put("activeCountsTwice", p.isActiveCountsTwice());
        values.put("movement", p.isMovement());
        values.put("maxJailTerm", p.isInfiniteJail() ? "infinite" : p.getMaxJailTerm());
        values.put("steps", p.getSteps());
        values.put("outburstThreshold", p.getOutburstThreshold());
        values.put("schedule", scenario.schedule().stream().map(c -> Map.of("parameter", c.target().jsonName(),
                "fromStep", c.fromStep(), "toStep", c.toStep(), "to", c.to())).toList());
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ValidationTarget> targets() {
        return scenario.targets();
    }

    @Override
    public RunResult run(long seed) {
        return EpsteinModel.run(scenario, seed);
    }

    /**
     * Sets the value on a copy of the parameters: the schema's range for that place, the rules that tie values
     * together ({@link EpsteinParameters#problems()}) and the schedule's room on the lattice are checked as the loader
     * checks a file, without writing or reading one.
     */
    @Override
    public Experiment withParameter(String pointer, double value) {
        CitedOverride change = CitedOverride.checked(JsonSchemaCheck.named(EpsteinScenarioLoader.SCHEMA), pointer,
                value, POINTER_HINT);
        EpsteinFields field = EpsteinFields.at(pointer);
        if (field == null) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter; " + POINTER_HINT);
        }
        EpsteinParameters changed = scenario.parameters();
        field.set(changed, change.value());
        List<String> problems = new ArrayList<>(changed.problems());
        scenario.schedule().stream().filter(c -> !c.leavesRoom(changed)).forEach(c -> problems.add("the scheduled "
                + c.target().jsonName() + " of " + c.to() + " leaves no room for a citizen density of "
                + changed.getCitizenDensity()));
        if (!problems.isEmpty()) {
            throw change.refused(String.join("; ", problems));
        }
        List<CitedOverride> all = new ArrayList<>(overrides);
        all.add(change);
        EpsteinScenario s = scenario;
        return new EpsteinExperiment(new EpsteinScenario(s.name(), s.description(), s.file(), s.resolvedJson(),
                CanonicalJson.sha256(s.hash() + pointer + "=" + change.value()), changed, s.schedule(),
                s.citations(), s.targets()), all);
    }

    @Override
    public boolean isSwitch(String pointer) {
        NumericRange range = NumericRange.settable(JsonSchemaCheck.named(EpsteinScenarioLoader.SCHEMA), pointer);
        return range != null && range.isSwitch();
    }

    @Override
    public double parameterValue(String pointer) {
        EpsteinFields field = EpsteinFields.at(pointer);
        EpsteinParameters p = scenario.parameters();
        if (field == null || (field.pointer().equals(EpsteinFields.MAX_JAIL_TERM) && p.isInfiniteJail())) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter of this scenario; "
                    + POINTER_HINT);
        }
        return field.get(p);
    }

    @Override
    public ChartPlan chartPlan() {
        return new ChartPlan(List.of(
                new ChartPlan.Fan("active", "Active citizens", "citizens", List.of("active"), List.of("Active")),
                new ChartPlan.Fan("jailed", "Jailed citizens", "citizens", List.of("jailed"), List.of("Jailed")),
                new ChartPlan.Fan("quiet-active-jailed", "Quiet, active and jailed citizens", "citizens",
                        List.of("quiet", "active", "jailed"), List.of("Quiet", "Active", "Jailed"))),
                "outbursts", "outbursts per run (more than " + scenario.parameters().getOutburstThreshold()
                        + " actives)", "without an outburst",
                null, null, null, EpsteinResults.OUTCOMES,
                List.of("outbursts", "wait_mean", "activation_mean", "duration_mean", "share_in_outburst",
                        "active_max", "jailed_mean", "arrests"));
    }

    @Override
    public MetricSet<?> hourlyMetrics() {
        return EpsteinCensus.HOURLY;
    }

    @Override
    public MetricSet<?> summaryMetrics() {
        return EpsteinSummary.METRICS;
    }
}
