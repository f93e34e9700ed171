package org.urbanconflict.gui;

/**
 * The line that says which run is on screen: the scenario's name, "modified" once any setting differs from the
 * file, and the seed, e.g. "Basra 2008 baseline (modified) · seed 1". It is drawn on the map and the lattice, so a
 * saved picture carries it, and ghost lines on the charts use the same words for the run they show. Headless.
 */
public final class RunLabel {
    private RunLabel() {
    }

    /** The label for a run of {@code scenario} with {@code seed}. */
    public static String of(String scenario, boolean modified, long seed) {
        return scenario + (modified ? " (modified)" : "") + " \u00b7 seed " + seed;
    }

    /**
     * The label as two lines of a Swing label's HTML, the seed on the second, so a long scenario name with
     * "(modified)" does not widen the Console's Model tab past its width.
     */
    public static String twoLines(String label) {
        String html = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html>" + html.replace(" \u00b7 seed ", "<br>seed ") + "</html>";
    }
}
