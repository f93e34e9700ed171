package org.urbanconflict.core;

import java.util.List;
import java.util.Map;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * A model with a fixed configuration, ready to run replicates: the small interface through which the batch,
 * sweep, compare and chart machinery works for every model of the library. An implementation must be immutable and
 * thread-safe: replicates of one experiment run concurrently, each on its own seed. It must also survive Java
 * serialization with every field, so that a cluster can ship it to the machines that run its replicates (the Spark
 * build does; a Basra experiment is about 90 kB serialized); {@code ExperimentSerializationTest} checks each model.
 */
public interface Experiment extends java.io.Serializable {
    /** The model's id, as in scenario files' {@code "model"} field ({@link ModelDefinition#id()}). */
    String modelId();

    /** One line saying what the configuration holds, for {@code validate}, e.g. "210 cited values, 120 assumptions". */
    String summary();

    /**
     * Each cited value's source or assumption, by JSON Pointer, in file order; values of a separate map file are keyed
     * with {@link Citation#MAP_PREFIX} before their pointer.
     */
    Map<String, Citation> citations();

    /** Display name, e.g. the scenario's name. */
    String name();

    /** Identifies the configuration exactly; a results folder records it and resuming checks it. */
    String hash();

    /** Files that make the configuration self-contained in a results folder: file name to content. */
    Map<String, String> configurationFiles();

    /** The configuration's numeric parameters as canonical JSON, for manifests. */
    String parametersJson();

    /** Validation targets runs are checked against; may be empty. */
    List<ValidationTarget> targets();

    /** Runs one replicate to the horizon. The same seed always gives the same result. */
    RunResult run(long seed);

    /**
     * The same experiment with one numeric parameter, named by its JSON Pointer (e.g. {@code /militia/fighters}),
     * set to a value (rounded for an integer parameter). A true/false switch ({@link #isSwitch}) is set the same
     * way, with 0 for false and 1 for true.
     *
     * @throws IllegalArgumentException naming the pointer, if there is no such numeric parameter or the value is
     *                                  not allowed for it
     */
    Experiment withParameter(String pointer, double value);

    /**
     * The value of a numeric parameter (a JSON Pointer, as for {@link #withParameter}) in this experiment, as its runs
     * use it: after {@code withParameter} rounded a value for a whole-number parameter, this is the rounded one.
     *
     * @throws IllegalArgumentException naming the pointer, if there is no such numeric parameter
     */
    double parameterValue(String pointer);

    /**
     * Whether the parameter at {@code pointer} is a true/false switch, which {@link #withParameter} sets with 0 or 1
     * and {@link #parameterValue} reads as 0 or 1: a design file may then write it {@code true} or {@code false}.
     */
    default boolean isSwitch(String pointer) {
        return false;
    }

    /** What the batch charts should draw for this model. */
    ChartPlan chartPlan();

    /**
     * The metrics of a run's time series, in column order, each with its unit and description: what a results
     * folder's data dictionary ({@code datapackage.json}) says of each column, without the batch machinery knowing the
     * model. An experiment that declares none (a test function, say) has its columns listed without units.
     */
    default MetricSet<?> hourlyMetrics() {
        return MetricSet.of(java.util.List.of());
    }

    /** The end-of-run metrics, in the column order of {@code runs.csv}, each with its unit and description. */
    default MetricSet<?> summaryMetrics() {
        return MetricSet.of(java.util.List.of());
    }
}
