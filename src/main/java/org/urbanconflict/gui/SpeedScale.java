package org.urbanconflict.gui;

/**
 * The control strip's speed slider: positions 0 to {@link #MAX} map to how long the Console sleeps between steps.
 * The default is slow (two steps a second), slow enough for an instructor to talk over a run of the Basra week
 * (168 hours, under a minute and a half) and to point at one outburst in Epstein's model; the far right runs as fast
 * as the machine can. Headless arithmetic, so the mapping is tested without a window.
 */
public final class SpeedScale {
    /** Slider positions. */
    public static final int MAX = 6;
    /** Where the slider starts: two steps a second. */
    public static final int DEFAULT = 2;
    private static final long[] SLEEP_MILLIS = {2000, 1000, 500, 250, 100, 25, 0};
    private static final String[] LABELS = {"1 step / 2 s", "1 step / s", "2 steps / s", "4 steps / s",
        "10 steps / s", "40 steps / s", "as fast as possible"};

    private SpeedScale() {
    }

    /** Milliseconds the Console should sleep between steps at slider position {@code position}. */
    public static long sleepMillis(int position) {
        return SLEEP_MILLIS[clamp(position)];
    }

    /** What the slider's label says at {@code position}. */
    public static String label(int position) {
        return LABELS[clamp(position)];
    }

    private static int clamp(int position) {
        return Math.max(0, Math.min(MAX, position));
    }
}
