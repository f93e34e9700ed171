package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** The fast formatting path writes exactly what BigDecimal writes, so output files did not change with it. */
class NumbersTest {
    private static void same(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            assertEquals(Long.toString((long) v), Numbers.format(v));
        } else {
            assertEquals(Numbers.exactFormat(v), Numbers.format(v), () -> "value " + v + " (bits "
                    + Long.toHexString(Double.doubleToRawLongBits(v)) + ")");
        }
    }

    @Test
    void matchesBigDecimalOnAMillionValuesOfEveryUsualKind() {
        MersenneTwisterFast random = new MersenneTwisterFast(2008);
        for (int i = 0; i < 250_000; i++) {
            same(random.nextDouble());
            same((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(26) - 10));
            same(random.nextInt(1_000_000) / 1000.0 * (random.nextBoolean() ? 1 : -1));
            same(random.nextInt(1_000_000_000) / Math.pow(10, random.nextInt(12)) + 5e-9 * random.nextInt(3));
        }
    }

    @Test
    void valuesAtARoundingTieOrAPowerOfTenAgree() {
        for (double v : new double[] {12345678.5, 1234567.85, 0.123456785, 9.99999995, 9.999999949999999,
            99999999.5, 0.0999999995, 1e-6, 9.99999e-7, 1e14 - 0.5, 1.0000000049999, 0.5, 0.25, 0.1, 1.0 / 3,
            2.0 / 3, -0.000123456785, 123.456, 6.02214076e13 + 0.5}) {
            same(v);
            same(-v);
            same(Math.nextUp(v));
            same(Math.nextDown(v));
        }
    }

    @Test
    void theFastPathStepsAsideWhereOnlyTheExactValueCanDecide() {
        assertNull(Numbers.fastFormat(12345678.5), "a tie in the ninth digit");
        assertNull(Numbers.fastFormat(3e-9), "too small for the table of powers");
        assertNull(Numbers.fastFormat(5e14 + 0.25), "too large");
        assertEquals("0.33333333", Numbers.fastFormat(1.0 / 3));
        assertEquals("-2.5", Numbers.fastFormat(-2.5));
        assertEquals("0.000012345679", Numbers.fastFormat(0.0000123456789));
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("7", Numbers.format(7.0));
    }
}
