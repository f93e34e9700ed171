package org.urbanconflict.core.scenario;

import java.io.Serializable;

/**
 * Where a scenario value comes from: a source (seed file name, URL or named account) or an assumption with its reason.
 *
 * @param pointer    JSON Pointer of the value in the resolved scenario, e.g. {@code /militia/fighters}
 * @param value      the value as written in the file, as text
 * @param source     the cited source, or null for an assumption
 * @param assumption the reason for an assumed value, or null when a source is cited
 * @param file       the scenario or map file that set the value (after {@code extends} merging)
 */
public record Citation(String pointer, String value, String source, String assumption, String file)
        implements Serializable {

    /** Marks the citations of a model's separate map file, e.g. {@code map:/cellSizeMeters}. */
    public static final String MAP_PREFIX = "map:";

    public boolean isAssumption() {
        return assumption != null;
    }

    /** "source: ..." or "assumption: ...", for tables and tooltips. */
    public String describe() {
        return isAssumption() ? "assumption: " + assumption : "source: " + source;
    }
}
