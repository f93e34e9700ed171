package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One numeric parameter (or true/false switch, as 0 or 1) set to a new value, as sweeps, designs and calibrations need
 * it for every model. The value is held to the schema's rule for that place ({@link NumericRange}: rounded where only
 * whole numbers are allowed, and refused outside the bounds) without writing or reloading a file; the model then sets
 * it on a copy of its bean and checks the rules that tie several values together. {@link #write} puts it into the
 * scenario document only when a results folder asks for a self-contained copy.
 *
 * @param pointer the JSON Pointer of the cited number, e.g. {@code /militia/fighters}
 * @param value   the value as runs use it (already rounded for a whole-number parameter; 0 or 1 for a switch)
 * @param isSwitch whether the place holds a true/false switch, written back as false (0) or true (1)
 */
public record CitedOverride(String pointer, double value, boolean integral, boolean isSwitch)
        implements java.io.Serializable {

    /**
     * The change of {@code pointer} to {@code value}, held to the schema's rule.
     *
     * @param hint what to tell the user when the pointer names no numeric parameter (e.g. an example pointer and
     *             where to find the others)
     * @throws IllegalArgumentException naming the pointer, if it names no cited number of the schema or the value is
     *                                  outside its range
     */
    public static CitedOverride checked(JsonSchemaCheck schema, String pointer, double value, String hint) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException(pointer + " is not a JSON Pointer; write it like " + hint);
        }
        NumericRange range = NumericRange.settable(schema, pointer);
        if (range == null) {
            throw new IllegalArgumentException(pointer + " is not a numeric parameter; " + hint);
        }
        double fitted = range.fit(value);
        String problem = range.problem(fitted);
        if (problem != null) {
            throw new IllegalArgumentException(pointer + " = " + NumericRange.plain(value) + " is not allowed: " + pointer + ": "
                    + problem);
        }
        return new CitedOverride(pointer, fitted, range.integral(), range.isSwitch());
    }

    /** The refusal when a model's cross-parameter rules reject the value. */
    public IllegalArgumentException refused(String why) {
        return new IllegalArgumentException(pointer + " = " + NumericRange.plain(value) + " is not allowed: " + why);
    }

    /** Writes the value into a resolved scenario document, cited as varied, replacing the cited number there. */
    public void write(ObjectNode root) {
        JsonNode leaf = root.at(pointer);
        if (!(leaf instanceof ObjectNode cited)) {
            throw new IllegalStateException(pointer + " is not a cited value of this document");
        }
        cited.removeAll();
        if (isSwitch) {
            cited.put("value", value != 0);
        } else if (integral) {
            cited.put("value", Math.round(value));
        } else {
            cited.put("value", value);
        }
        cited.put("assumption", "varied by a sweep");
    }
}
