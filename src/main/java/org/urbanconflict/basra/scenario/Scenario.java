package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.scenario.CanonicalJson;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.urbanconflict.basra.params.ScenarioParameters;

/**
 * A loaded, validated and resolved scenario: parameters, map, citations and validation targets. Immutable: callers
 * get a fresh copy of the parameters each time, so a GUI edit or a sweep never alters the scenario itself.
 */
public final class Scenario implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String description;
    /** Kept as text: {@link Path} is not serializable, and MASON checkpoints serialize the model. */
    private final String file;
    private final String resolvedJson;
    private final String mapJson;
    private final String hash;
    private final ScenarioParameters parameters;
    private final DistrictMap map;
    private final Map<String, Citation> citations;
    private final List<ValidationTarget> targets;

    /**
     * @param resolvedJson the scenario after {@code extends} merging, citations included, as canonical JSON
     * @param mapJson      its map file as JSON in the file's own order (district order is index order), citations
     *                     included
     * @param hash         SHA-256 of the resolved scenario and its map, hex
     * @param citations    by JSON Pointer, in file order
     */
    public Scenario(String name, String description, Path file, String resolvedJson, String mapJson, String hash,
            ScenarioParameters parameters, DistrictMap map, Map<String, Citation> citations,
            List<ValidationTarget> targets) {
        this(name, description, file == null ? null : file.toString(), resolvedJson, mapJson, hash,
                ParameterCopier.copy(parameters), map, citations, targets);
    }

    /** Takes {@code parameters} as they are: the caller hands over a bean no one else holds. */
    private Scenario(String name, String description, String file, String resolvedJson, String mapJson, String hash,
            ScenarioParameters parameters, DistrictMap map, Map<String, Citation> citations,
            List<ValidationTarget> targets) {
        this.name = name;
        this.description = description;
        this.file = file;
        this.resolvedJson = resolvedJson;
        this.mapJson = mapJson;
        this.hash = hash;
        this.parameters = parameters;
        this.map = map;
        this.citations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(citations));
        this.targets = List.copyOf(targets);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The file it was loaded from, or null for a scenario built in code. */
    public Path file() {
        return file == null ? null : Path.of(file);
    }

    public String resolvedJson() {
        return resolvedJson;
    }

    /** The map file as canonical JSON, so a results folder can keep a self-contained copy of the scenario. */
    public String mapJson() {
        return mapJson;
    }

    public String hash() {
        return hash;
    }

    /** A fresh, independent copy of the parameters, free to edit. */
    public ScenarioParameters parameters() {
        return ParameterCopier.copy(parameters);
    }

    /**
     * The scenario's own parameters, shared by every run of it, often on several threads at once: read them, never
     * change them. A run uses these instead of a copy from {@link #parameters()}, because a deep copy per run costs a
     * Jackson round trip; a test checks that running the model leaves them unchanged.
     */
    public ScenarioParameters sharedParameters() {
        return parameters;
    }

    public DistrictMap map() {
        return map;
    }

    public Map<String, Citation> citations() {
        return citations;
    }

    public List<ValidationTarget> targets() {
        return targets;
    }

    /** The same scenario with other parameters (a GUI edit, a sweep point); the hash covers the new values. */
    public Scenario withParameters(ScenarioParameters changed) {
        String json = ParameterCopier.toJson(changed);
        return new Scenario(name, description, file(), resolvedJson, mapJson, CanonicalJson.sha256(hash + json), changed, map,
                citations, targets);
    }

    /**
     * The same scenario with one change applied to a copy of its parameters (a sweep point, a design row): one deep
     * copy, no serialisation. The hash chains the old one with {@code change}'s description, so it identifies the
     * configuration without writing the parameters out.
     *
     * @param description what changed, e.g. {@code /militia/fighters=9000}
     */
    public Scenario withChange(String description, java.util.function.Consumer<ScenarioParameters> change) {
        ScenarioParameters changed = ParameterCopier.copy(parameters);
        change.accept(changed);
        return new Scenario(name, this.description, file, resolvedJson, mapJson,
                CanonicalJson.sha256(hash + "\n" + description), changed, map, citations, targets);
    }
}
