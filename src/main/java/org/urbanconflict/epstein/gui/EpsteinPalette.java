package org.urbanconflict.epstein.gui;

import java.util.List;

/**
 * What each cell of Epstein's lattice shows, and in which colour, as plain 0xRRGGBB ints so the mapping is tested
 * headless (this class loads no AWT). Quiet citizens are a pale blue-grey that recedes, so the eye goes to the red
 * of active citizens; cops are a dark navy and the place a jailed citizen was arrested a faint
 * warm grey on the paper (a mark left by the crackdown, not a fourth population), so the states differ in lightness as
 * well as hue and stay apart for colour-blind viewers and on washed-out projectors.
 */
public final class EpsteinPalette {
    /** Codes of the view grid, in the order of {@link #COLOURS} and {@link #NAMES}. */
    public static final int EMPTY = 0;
    public static final int QUIET = 1;
    public static final int ACTIVE = 2;
    public static final int COP = 3;
    public static final int JAILED = 4;

    public static final int[] COLOURS = {
        0xF7F5EF, // empty: paper
        0xA9C4DE, // quiet citizen: pale blue-grey
        0xD7301F, // active citizen: red
        0x0B2E59, // cop: dark navy
        0xDAD6CC, // where a jailed citizen was arrested: a faint mark on the paper, not a population
    };

    public static final List<String> NAMES = List.of("empty", "quiet", "active", "cop", "jailed");

    /** What the legend says for each code. */
    public static final List<String> LABELS = List.of("Empty cell", "Quiet citizen", "Active citizen", "Cop",
            "Jailed (faint)");

    /** Background of the legend panel. */
    public static final int PANEL = 0xFFFFFF;
    public static final int INK = 0x202020;

    private EpsteinPalette() {
    }
}
