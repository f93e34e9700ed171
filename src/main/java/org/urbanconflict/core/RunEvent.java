package org.urbanconflict.core;

/** A dated event of a finished run, as written to events.csv: the step it happened in, its kind and its text. */
public record RunEvent(int hour, String kind, String text) {
}
