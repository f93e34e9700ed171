package org.urbanconflict.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * What the charts remember of earlier runs, so a class can see a what-if against the run before it: the last run
 * (kept when the next one starts, whether by Reset, by a changed setting or by loading another scenario) and, if
 * the instructor pins one, a baseline that stays until unpinned. The charts draw the one this returns as faint
 * "ghost" lines with its label. Headless, so what is kept when is tested without a window.
 */
public final class RunMemory {
    /**
     * The lines of one run: {@code values[chart][line]} is the list of (x, y) points of that line, and the label
     * says which run it was.
     */
    public record Run(String label, List<List<double[]>>[] charts) {
        /** Points of line {@code line} of chart {@code chart}, or none. */
        public List<double[]> points(int chart, int line) {
            if (chart >= charts.length || line >= charts[chart].size()) {
                return List.of();
            }
            return charts[chart].get(line);
        }
    }

    private Run last;
    private Run pinned;
    private Run current;

    /** Starts recording a new run; the run recorded so far, if it has points, becomes the last run. */
    @SuppressWarnings("unchecked")
    public void start(String label, int[] linesPerChart) {
        if (current != null && hasPoints(current)) {
            last = current;
        }
        List<List<double[]>>[] charts = new List[linesPerChart.length];
        for (int c = 0; c < charts.length; c++) {
            charts[c] = new ArrayList<>();
            for (int i = 0; i < linesPerChart[c]; i++) {
                charts[c].add(new ArrayList<>());
            }
        }
        current = new Run(label, charts);
    }

    /** Records one point of the run under way. */
    public void add(int chart, int line, double x, double y) {
        if (current != null) {
            current.charts()[chart].get(line).add(new double[] {x, y});
        }
    }

    /** Keeps the run under way as the baseline, until {@link #unpin()}; it then shows instead of the last run. */
    public void pin() {
        if (current != null && hasPoints(current)) {
            pinned = current;
        }
    }

    public void unpin() {
        pinned = null;
    }

    public boolean isPinned() {
        return pinned != null;
    }

    /** The run to draw as ghost lines: the pinned baseline if there is one, else the last run; null if neither. */
    public Run ghost() {
        if (pinned != null) {
            return pinned == current ? null : pinned;
        }
        return last;
    }

    private static boolean hasPoints(Run run) {
        for (List<List<double[]>> chart : run.charts()) {
            for (List<double[]> line : chart) {
                if (line.size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
