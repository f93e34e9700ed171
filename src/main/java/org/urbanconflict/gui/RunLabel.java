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
        return html(label, " \u00b7 seed ", "<br>seed ");
    }

    /**
     * A ghost-line caption ("Faint lines: baseline, " and the run's label) as two lines of a Swing label's HTML, the
     * run on the second, so the narrow charts column of a 1366 x 768 screen shows it whole; a caption naming no run
     * stays one line.
     */
    public static String caption(String words) {
        return words.contains(", ") ? html(words, ", ", ",<br>") : words;
    }

    /** {@code text} as escaped HTML with its first {@code at} replaced by {@code breakBy} (HTML itself). */
    private static String html(String text, String at, String breakBy) {
        int i = text.indexOf(at);
        String body = i < 0 ? escape(text)
                : escape(text.substring(0, i)) + breakBy + escape(text.substring(i + at.length()));
        return "<html>" + body + "</html>";
    }

    /** {@code text} with the three characters Swing's HTML would read as markup escaped. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
