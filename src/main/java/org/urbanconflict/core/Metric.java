package org.urbanconflict.core;

import java.io.Serializable;

/**
 * A named reporter: one number read off a model (every hour, or at the end of a run), declared once with its unit and
 * meaning. The time series, the run summaries, the GUI charts and the documentation all read the same declaration,
 * so a column can never lose its unit or description on the way.
 *
 * @param name        snake_case column name, e.g. {@code gov_killed}
 * @param unit        unit for axis labels and data dictionaries, e.g. "people" or "share"
 * @param description one line for tooltips and documentation
 * @param <M>         what the reporter reads: a running model, or a finished run's record
 */
public record Metric<M>(String name, String unit, String description, Reporter<M> reporter) implements Serializable {

    /** Reads one number; serializable so MASON checkpoints of a model that holds its metrics keep working. */
    @FunctionalInterface
    public interface Reporter<M> extends Serializable {
        double report(M source);
    }

    public double read(M source) {
        return reporter.report(source);
    }
}
