package org.urbanconflict.basra;

import java.io.Serializable;

/**
 * A named hourly reporter: the one declaration that the time series, the GUI charts and the batch summaries read.
 *
 * @param name        snake_case column name, e.g. {@code gov_killed}
 * @param unit        unit for axis labels, e.g. "people" or "share"
 * @param description one line for tooltips and the ODD document
 */
public record Metric(String name, String unit, String description, Reporter reporter) implements Serializable {

    /** Reads one number off a running model; serializable so MASON checkpoints keep working. */
    @FunctionalInterface
    public interface Reporter extends Serializable {
        double report(ConflictModel model);
    }

    public double read(ConflictModel model) {
        return reporter.report(model);
    }
}
