package org.urbanconflict.batch;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-independent number text for output files: integers without a decimal point, other values to 8 significant
 * digits with trailing zeros removed, NaN as an empty field. Fixed formatting is what makes equal runs byte-identical.
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(8);

    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
