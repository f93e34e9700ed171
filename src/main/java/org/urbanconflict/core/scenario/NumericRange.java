package org.urbanconflict.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What a model's JSON Schema allows for one cited number: whole or not, and its bounds. Read from the schema itself,
 * so a sweep point, a sensitivity design or a calibration particle is held to exactly the rule a hand-edited file is,
 * without writing and reloading a file: checking a value costs a few comparisons.
 *
 * @param integral whether only whole numbers are allowed (a value is rounded to the nearest one)
 * @param min      the lower bound, or negative infinity
 * @param max      the upper bound, or positive infinity
 * @param title    the schema's own words for what is allowed (e.g. "a probability between 0 and 1"), or null
 * @param isSwitch whether the place holds a true/false switch, set as 0 (false) or 1 (true); see {@link #settable}
 */
public record NumericRange(boolean integral, double min, boolean minExclusive, double max, boolean maxExclusive,
        String title, boolean isSwitch) {

    /** A cited true/false switch, as sweeps, designs and sensitivity analyses set it: 0 or 1, rounded. */
    public static final NumericRange SWITCH = new NumericRange(true, 0, false, 1, false,
            "true or false, written 1 or 0", true);

    /**
     * What a parameter point may set at {@code pointer}: the range of a cited number ({@link #of}), or
     * {@link #SWITCH} for a cited true/false value, or null for anything else.
     */
    public static NumericRange settable(JsonSchemaCheck schema, String pointer) {
        NumericRange range = of(schema, pointer);
        if (range != null || !pointer.startsWith("/")) {
            return range;
        }
        JsonNode cited = schema.resolve(schema.at(Arrays.asList(pointer.substring(1).split("/", -1))));
        if (!JsonSchemaCheck.isCited(cited)) {
            return null;
        }
        JsonNode value = schema.resolve(cited.path("properties").path("value"));
        return value != null && value.path("type").asText().equals("boolean") ? SWITCH : null;
    }

    /**
     * The range of the cited number at {@code pointer}, or null when the schema has no cited number there (a
     * section, a text, a list, a true/false switch, or no such field). {@link #settable} also answers for switches.
     */
    public static NumericRange of(JsonSchemaCheck schema, String pointer) {
        if (!pointer.startsWith("/")) {
            return null;
        }
        JsonNode raw = schema.at(Arrays.asList(pointer.substring(1).split("/", -1)));
        JsonNode cited = schema.resolve(raw);
        if (!JsonSchemaCheck.isCited(cited)) {
            return null;
        }
        JsonNode value = schema.resolve(cited.path("properties").path("value"));
        String type = value == null ? "" : numericType(value.path("type"));
        if (type.isEmpty()) {
            return null;
        }
        double max = bound(value, "exclusiveMaximum", "maximum", Double.POSITIVE_INFINITY);
        String title = value.hasNonNull("title") ? value.get("title").asText() : null;
        boolean maxExclusive = value.has("exclusiveMaximum");
        double limit = limit(raw);
        if (limit < max) {
            max = limit;
            maxExclusive = false;
            title = title == null ? null : title + ", up to " + plain(limit);
        }
        return new NumericRange(type.equals("integer"),
                bound(value, "exclusiveMinimum", "minimum", Double.NEGATIVE_INFINITY),
                value.has("exclusiveMinimum"), max, maxExclusive, title, false);
    }

    /**
     * The limit a field sets beside its cited type: {@code "properties": {"value": {"maximum": N}}} next to the
     * {@code $ref}, the highest value that keeps a run's time and memory bounded; infinity where there is none.
     */
    public static double limit(JsonNode property) {
        JsonNode maximum = property == null ? null : property.path("properties").path("value").get("maximum");
        return maximum != null && maximum.isNumber() ? maximum.asDouble() : Double.POSITIVE_INFINITY;
    }

    /** "integer" or "number", also from a list of types such as ["integer", "string"]; empty for neither. */
    private static String numericType(JsonNode type) {
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.asText().equals("integer") || t.asText().equals("number")) {
                return t.asText();
            }
        }
        return "";
    }

    private static double bound(JsonNode value, String exclusive, String inclusive, double none) {
        return value.has(exclusive) ? value.get(exclusive).asDouble()
                : value.has(inclusive) ? value.get(inclusive).asDouble() : none;
    }

    /** The value a run uses: rounded to a whole number where only whole numbers are allowed. */
    public double fit(double value) {
        return integral ? Math.round(value) : value;
    }

    /** Why the (fitted) value is not allowed, worded like the loader's messages, or null when it is. */
    public String problem(double value) {
        if (!Double.isFinite(value)) {
            return "found " + value + "; allowed: a finite number" + bounds();
        }
        boolean low = minExclusive ? value <= min : value < min;
        boolean high = maxExclusive ? value >= max : value > max;
        return low || high ? "found " + plain(value) + "; allowed: " + (title != null ? title
                : (integral ? "a whole number" : "a number") + bounds()) : null;
    }

    private String bounds() {
        String lower = Double.isInfinite(min) ? "" : (minExclusive ? " above " : " from ") + plain(min);
        String upper = Double.isInfinite(max) ? "" : (maxExclusive ? " below " : (lower.isEmpty() ? " up to "
                : " to ")) + plain(max);
        return lower + upper;
    }

    /** A number as people write it: 0.0004, not 4.0E-4; infinities and NaN as Java names them. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal exact = BigDecimal.valueOf(v).stripTrailingZeros();
        return Math.abs(v) >= 1e15 ? exact.toString() : exact.toPlainString();
    }
}
