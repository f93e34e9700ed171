package org.urbanconflict.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.Metric;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * What each column of a results folder's CSV files means: its type, unit and description, for the folder's data
 * dictionary ({@link DataPackage}). The model's columns come from the experiment's declared metrics, so a new metric
 * is described the moment it is declared; the columns the batch machinery adds (run, seed, target hits, statistics)
 * are described here, once.
 */
final class ColumnDictionary {
    /** One column: a Frictionless field with a unit (empty when the column has none). */
    record Field(String name, String type, String unit, String description) {
    }

    private final Map<String, Field> hourly = new LinkedHashMap<>();
    private final Map<String, Field> summary = new LinkedHashMap<>();
    private final Map<String, Field> targets = new LinkedHashMap<>();

    ColumnDictionary(Experiment experiment) {
        for (Metric<?> m : experiment.hourlyMetrics().list()) {
            hourly.put(m.name(), new Field(m.name(), "number", m.unit(), m.description()));
        }
        for (Metric<?> m : experiment.summaryMetrics().list()) {
            summary.put(m.name(), new Field(m.name(), "number", m.unit(), m.description()));
        }
        for (ValidationTarget t : experiment.targets()) {
            String column = RunRows.TARGET_PREFIX + t.id().replace('-', '_');
            targets.put(column, new Field(column, "integer", "flag", "1 if the run hit validation target " + t.id()
                    + " (every condition held), else 0: " + t.description()));
        }
    }

    /** The field of a column of the given file (a file name such as {@code runs.csv}). */
    Field field(String file, String column) {
        Field common = switch (column) {
            case "run" -> new Field(column, "integer", "", "Replicate index in the batch, from 0; replicate i runs on"
                    + " the seed derived from the master seed and i alone");
            case "seed" -> new Field(column, "integer", "", "Seed of the run's random number generator; "
                    + "urbanconflict run --seed reproduces the run");
            case "point" -> new Field(column, "integer", "", "Index of the sweep point, from 0 (manifest.json lists "
                    + "each point's parameter values)");
            case "replicate" -> new Field(column, "integer", "", "Replicate index at this sweep point, from 0; the "
                    + "same replicate uses the same seed at every point");
            case "outcome" -> new Field(column, "string", "", "Outcome class of the run");
            default -> null;
        };
        if (common != null) {
            return common;
        }
        return switch (file) {
            case "runs.csv" -> runsColumn(column);
            case "timeseries.csv.gz", "timeseries.csv" -> seriesColumn(column);
            case "events.csv" -> eventColumn(column);
            case "summary.csv", "points.csv" -> statisticsColumn(column);
            case "compare.csv" -> compareColumn(column);
            default -> null;
        };
    }

    private Field runsColumn(String column) {
        Field f = summary.containsKey(column) ? summary.get(column) : targets.get(column);
        return f != null ? f : parameterColumn(column);
    }

    private Field seriesColumn(String column) {
        return switch (column) {
            case "hour" -> new Field(column, "integer", "steps", "Step of the run (one hour in dated models such as "
                    + "Basra); row 0 is the state before the first step");
            case "time" -> new Field(column, "datetime", "", "Date and local time of the step, ISO 8601");
            default -> hourly.get(column);
        };
    }

    private static Field eventColumn(String column) {
        return switch (column) {
            case "hour" -> new Field(column, "integer", "steps", "Step at which the event happened");
            case "time" -> new Field(column, "string", "", "Date and local time of that step, ISO 8601 (empty for"
                    + " undated models)");
            case "kind" -> new Field(column, "string", "", "Kind of event");
            case "text" -> new Field(column, "string", "", "What happened, in a sentence");
            default -> null;
        };
    }

    private static final List<String> QUANTILES = List.of("p05", "p25", "p75", "p95");

    private static Field statisticsColumn(String column) {
        String unit = "unit of the named metric; outcome and target rows: probability (0 to 1)";
        if (QUANTILES.contains(column)) {
            return new Field(column, "number", unit, column.substring(1) + "% quantile of the runs (type 7, as"
                    + " numpy and R)");
        }
        return switch (column) {
            case "kind" -> new Field(column, "string", "", "What the row describes: metric, outcome or target");
            case "name" -> new Field(column, "string", "", "The metric (a runs.csv column), outcome class or target id");
            case "n" -> new Field(column, "integer", "runs", "Runs with a value (metric rows) or all runs");
            case "missing" -> new Field(column, "integer", "runs", "Runs without a value of the metric");
            case "count" -> new Field(column, "integer", "runs", "Runs with this outcome or hitting this target");
            case "mean" -> new Field(column, "number", unit, "Mean over the runs, or the probability");
            case "sd" -> new Field(column, "number", unit, "Standard deviation over the runs");
            case "median" -> new Field(column, "number", unit, "Median of the runs");
            case "ci95_low", "ci95_high" -> new Field(column, "number", unit, (column.endsWith("low") ? "Lower"
                    : "Upper") + " end of the 95% interval: t interval of the mean, or Wilson interval of a "
                    + "probability");
            default -> parameterColumn(column);
        };
    }

    private static Field compareColumn(String column) {
        String unit = "the row's unit column; probabilities in percent, their changes in percentage points";
        return switch (column) {
            case "kind" -> new Field(column, "string", "", "What the row compares: metric, outcome or target");
            case "name" -> new Field(column, "string", "", "The metric (a runs.csv column), outcome class or target id");
            case "unit" -> new Field(column, "string", "", "Unit of the row's means, difference and interval: the "
                    + "metric's own unit, or percent for a probability (whose difference is in percentage points)");
            case "n" -> new Field(column, "integer", "pairs", "Pairs of runs (same seed) where both have a value");
            case "mean_a", "mean_b" -> new Field(column, "number", unit, "Mean over the pairs in scenario "
                    + column.substring(5).toUpperCase(java.util.Locale.ROOT));
            case "difference" -> new Field(column, "number", unit, "Mean paired difference B - A");
            case "sd" -> new Field(column, "number", unit, "Standard deviation of the paired differences");
            case "ci95_low", "ci95_high" -> new Field(column, "number", unit, (column.endsWith("low") ? "Lower"
                    : "Upper") + " end of the 95% interval of B - A: t interval for metrics, Newcombe's paired "
                    + "interval for probabilities");
            case "relative_change" -> new Field(column, "number", "percent", "Relative change of the mean, "
                    + "100 (mean_b / mean_a - 1); empty for probabilities and for means that are not positive");
            case "relative_low", "relative_high" -> new Field(column, "number", "percent", (column.endsWith("low")
                    ? "Lower" : "Upper") + " end of the 95% interval of the relative change, from the ratio of "
                    + "paired means on the log scale (never below -100)");
            default -> null;
        };
    }

    /** A sweep's parameter column, named after its JSON Pointer ({@code /militia/fighters} as militia.fighters). */
    private static Field parameterColumn(String column) {
        if (!column.contains(".")) {
            return null;
        }
        return new Field(column, "number", "", "Value of the scenario parameter /" + column.replace('.', '/')
                + " at this sweep point, as run (a whole-number parameter rounded)");
    }
}
