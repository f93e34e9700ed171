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
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String fast = fastFormat(value);
        return fast != null ? fast : exactFormat(value);
    }

    /** The reference: the exact binary value rounded by {@code BigDecimal}. */
    static String exactFormat(double value) {
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The same text by double arithmetic, or null when only the exact path can tell. */
    static String fastFormat(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= 1e-6 && magnitude < 1e14)) {
            return null;
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
            return null;
        }
        long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
        return plain(value < 0, digits, exponent - (SIGNIFICANT - 1));
    }

    /** {@code magnitude * 10^power}, with one rounding: multiplying or dividing by an exact power of ten. */
    private static double scale(double magnitude, int power) {
        return power >= 0 ? magnitude * POWERS[power] : magnitude / POWERS[-power];
    }

    /** {@code digits * 10^power} written out without an exponent, trailing zeros removed. */
    private static String plain(boolean negative, long digits, int power) {
        while (digits % 10 == 0) {
            digits /= 10;
            power++;
        }
        String text = Long.toString(digits);
        StringBuilder out = new StringBuilder(text.length() + 12);
        if (negative) {
            out.append('-');
        }
        if (power >= 0) {
            out.append(text);
            for (int i = 0; i < power; i++) {
                out.append('0');
            }
        } else if (text.length() > -power) {
            int point = text.length() + power;
            out.append(text, 0, point).append('.').append(text, point, text.length());
        } else {
            out.append("0.");
            for (int i = 0; i < -power - text.length(); i++) {
                out.append('0');
            }
            out.append(text);
        }
        return out.toString();
    }
}
