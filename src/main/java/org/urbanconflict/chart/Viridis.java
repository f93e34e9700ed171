package org.urbanconflict.chart;

import java.awt.Color;

/**
 * The viridis sequential palette (van der Walt and Smith, matplotlib): perceptually even, readable in grey scale and
 * by people with colour-vision deficiencies, and it survives a washed-out projector. 0 is dark violet, 1 is yellow.
 */
public final class Viridis {
    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};

    private Viridis() {
    }

    /** The colour of a value in [0, 1]; values outside are clamped. NaN has no colour here: callers draw "no value". */
    public static Color colour(double value) {
        double v = Math.max(0, Math.min(1, value)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(v));
        double t = v - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
