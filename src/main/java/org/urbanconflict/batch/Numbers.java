package org.urbanconflict.batch;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-independent number text for output files: integers without a decimal point, other values to 8 significant
 * digits (rounded half up from the exact binary value, as {@link BigDecimal} does) with trailing zeros removed, NaN
 * as an empty field. Fixed formatting is what makes equal runs byte-identical.
 *
 * <p>A batch formats every hourly metric of every run, and {@code BigDecimal} made that about a tenth of a run's time
 * and half of all it allocated. So the usual magnitudes are scaled and rounded in {@code double} arithmetic, whose
 * error (under 1e-8 of the last kept digit) can only change the result when the dropped part is within that
 * distance of one half; those values, and very large or small ones, still go through {@code BigDecimal}. The two
 * paths give the same text, which a test checks on millions of values.
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(8);
    private static final int SIGNIFICANT = 8;
    /** Exact powers of ten as doubles (all of 10^0 to 10^22 are exact). */
    private static final double[] POWERS = new double[23];
    /** How close to a rounding tie the scaled value may come before the exact path decides. */
    private static final double TIE_MARGIN = 1e-6;

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Numbers() {
    }

    public static String format(double value) {
        StringBuilder out = new StringBuilder(16);
        appendTo(out, value);
        return out.toString();
    }

    /** Appends {@link #format}'s text, without an intermediate String on the usual paths (a batch's hot loop). */
    public static void appendTo(StringBuilder out, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else if (!fastAppend(out, value)) {
            out.append(exactFormat(value));
        }
    }

    /** The reference: the exact binary value rounded by {@code BigDecimal}. */
    static String exactFormat(double value) {
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The fast path's text, or null when only the exact path can tell. */
    static String fastFormat(double value) {
        StringBuilder out = new StringBuilder(16);
        return fastAppend(out, value) ? out.toString() : null;
    }

    /** Appends the text by double arithmetic and returns true, or appends nothing and returns false. */
    private static boolean fastAppend(StringBuilder out, double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= 1e-6 && magnitude < 1e14)) {
            return false;
        }
        int exponent = (int) Math.floor(Math.log10(magnitude));
        double scaled = scale(magnitude, SIGNIFICANT - 1 - exponent);
        if (scaled < POWERS[SIGNIFICANT - 1]) {
            exponent--;
            scaled = scale(magnitude, SIGNIFICANT - 1 - exponent);
        } else if (scaled >= POWERS[SIGNIFICANT]) {
            exponent++;
            scaled = scale(magnitude, SIGNIFICANT - 1 - exponent);
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN || scaled < POWERS[SIGNIFICANT - 1]
                || scaled >= POWERS[SIGNIFICANT]) {
            return false;
        }
        long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
        appendPlain(out, value < 0, digits, exponent - (SIGNIFICANT - 1));
        return true;
    }

    /** {@code magnitude * 10^power}, with one rounding: multiplying or dividing by an exact power of ten. */
    private static double scale(double magnitude, int power) {
        return power >= 0 ? magnitude * POWERS[power] : magnitude / POWERS[-power];
    }

    /** Appends {@code digits * 10^power} written out without an exponent, trailing zeros removed. */
    private static void appendPlain(StringBuilder out, boolean negative, long digits, int power) {
        while (digits % 10 == 0) {
            digits /= 10;
            power++;
        }
        if (negative) {
            out.append('-');
        }
        int first = out.length();
        out.append(digits);
        int length = out.length() - first;
        if (power >= 0) {
            for (int i = 0; i < power; i++) {
                out.append('0');
            }
        } else if (length > -power) {
            out.insert(first + length + power, '.');
        } else {
            out.insert(first, "0.");
            for (int i = 0; i < -power - length; i++) {
                out.insert(first + 2, '0');
            }
        }
    }
}
