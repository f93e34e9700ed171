package org.urbanconflict.epstein;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.core.ChartPlan;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.CitedOverride;
import org.urbanconflict.core.scenario.ValidationTarget;

/** Epstein's model with one scenario, as an {@link Experiment} for batches, sweeps, comparisons and charts. */
public final class EpsteinExperiment implements Experiment {
    /** The self-contained scenario copy a results folder keeps; {@code urbanconflict chart DIR} reloads it. */
    public static final String SCENARIO_FILE = "scenario.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EpsteinScenario scenario;

    public EpsteinExperiment(EpsteinScenario scenario) {
        this.scenario = scenario;
    }

    public EpsteinScenario scenario() {
        return scenario;
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
        return Map.of(SCENARIO_FILE, document(null, 0));
    }

    /** The resolved scenario, pretty-printed, with one cited number replaced when pointer is not null. */
    private String document(String pointer, double value) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(scenario.resolvedJson());
            if (pointer != null) {
                CitedOverride.set(root, pointer, value, "/citizens/legitimacy; numeric parameters: "
                        + String.join(", ", numericPointers(root)));
            }
            // The model's name first, so the dispatch by "model" is easy to see in the copy.
            ObjectNode ordered = JSON.createObjectNode();
            ordered.set("model", root.get("model"));
            ordered.setAll(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ordered) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> numericPointers(ObjectNode root) {
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(root.fields(), 0), false)
                .filter(section -> section.getValue().isObject())
                .flatMap(section -> java.util.stream.StreamSupport.stream(java.util.Spliterators
                        .spliteratorUnknownSize(section.getValue().fields(), 0), false)
                        .filter(f -> f.getValue().path("value").isNumber())
                        .map(f -> "/" + section.getKey() + "/" + f.getKey()))
                .toList();
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
     * Writes the scenario with the new value to a scratch folder and loads it back, so the value passes the same
     * validation as a hand-edited file (e.g. densities that no longer fit are refused, naming the pointer).
     */
    @Override
    public Experiment withParameter(String pointer, double value) {
        return new EpsteinExperiment(CitedOverride.load(Map.of(SCENARIO_FILE, document(pointer, value)),
                SCENARIO_FILE, EpsteinScenarioLoader::load, pointer, value));
    }

    @Override
    public double parameterValue(String pointer) {
        return CitedOverride.valueAt(document(null, 0), pointer);
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
}
