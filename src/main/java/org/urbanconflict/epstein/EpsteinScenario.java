package org.urbanconflict.epstein;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * A validated Epstein scenario file: its parameters, its schedule of changes, its citations and validation targets,
 * and the resolved document (the self-contained copy a results folder keeps). Immutable: {@link #parameters()}
 * returns a copy. Built only by {@link EpsteinScenarioLoader}.
 *
 * @param file         the file it was loaded from, as given
 * @param resolvedJson the resolved document, citations included, {@code extends} merged and removed, keys sorted
 * @param hash         SHA-256 of the resolved document: equal content, equal hash
 */
public record EpsteinScenario(String name, String description, String file, String resolvedJson, String hash,
        EpsteinParameters parametersTemplate, List<ScheduledChange> schedule, Map<String, Citation> citations,
        List<ValidationTarget> targets) implements Serializable {

    /** The model's name in scenario files' top-level {@code "model"} field. */
    public static final String MODEL = "epstein-civil-violence";

    public EpsteinScenario {
        schedule = List.copyOf(schedule);
        citations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(citations));
        targets = List.copyOf(targets);
    }

    /** A fresh copy of the parameters, free to edit (the record keeps its own). */
    @Override
    public EpsteinParameters parametersTemplate() {
        return parametersTemplate.copy();
    }

    /** A fresh copy of the parameters, free to edit. */
    public EpsteinParameters parameters() {
        return parametersTemplate.copy();
    }
}
