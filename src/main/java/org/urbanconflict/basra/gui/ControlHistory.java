package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.urbanconflict.basra.BattleClock;
import org.urbanconflict.basra.Control;
import org.urbanconflict.basra.Territory;

/**
 * Who held each cell, and since when: the "control history" a cell's inspector shows. The model keeps only the
 * current control (it needs nothing more), so the GUI records each change as it sees it, once an hour. Changes are
 * few (a cell changes hands a handful of times in a week), so they are kept as growable parallel arrays linked per
 * cell, with no object per change.
 */
public final class ControlHistory {
    /** The hour recorded for each cell's control at the start of the run. */
    public static final int START = -1;

    /**
     * A change of hands: during model hour {@code hour} the cell passed to {@code control}; {@link #START} for the
     * control it began with.
     */
    public record Change(int hour, Control control) {
    }

    private byte[] current = new byte[0];
    private int[] newest = new int[0];
    private int[] previous = new int[16];
    private int[] hours = new int[16];
    private byte[] controls = new byte[16];
    private int size;

    /** Starts a new record from the control at hour 0. */
    public synchronized void reset(Territory territory) {
        int cells = territory.map().cellCount();
        current = new byte[cells];
        newest = new int[cells];
        Arrays.fill(newest, -1);
        size = 0;
        for (int c = 0; c < cells; c++) {
            current[c] = territory.control(c).code();
            add(c, START, current[c]);
        }
    }

    /**
     * Records the cells that changed hands since the last call, as changes during model hour {@code hour} (the hour
     * just simulated); call once an hour with the schedule locked.
     */
    public synchronized void observe(Territory territory, int hour) {
        for (int c = 0; c < current.length; c++) {
            byte now = territory.control(c).code();
            if (now != current[c]) {
                current[c] = now;
                add(c, hour, now);
            }
        }
    }

    private void add(int cell, int hour, byte control) {
        if (size == hours.length) {
            int grown = size * 2;
            previous = Arrays.copyOf(previous, grown);
            hours = Arrays.copyOf(hours, grown);
            controls = Arrays.copyOf(controls, grown);
        }
        previous[size] = newest[cell];
        hours[size] = hour;
        controls[size] = control;
        newest[cell] = size++;
    }

    /** The cell's changes of hands, oldest first; the first is its control at the start. */
    public synchronized List<Change> of(int cell) {
        List<Change> changes = new ArrayList<>();
        if (cell < 0 || cell >= newest.length) {
            return changes;
        }
        for (int i = newest[cell]; i >= 0; i = previous[i]) {
            changes.add(0, new Change(hours[i], Control.of(controls[i])));
        }
        return changes;
    }

    /**
     * The history as a sentence for an inspector, newest first: "government since Wed 26 Mar 14:00; contested since
     * Tue 25 Mar 04:00; militia at the start". Only the latest {@code limit} holders are spelt out, so a much-fought-
     * over block does not fill the panel; the times are the hours in which the block changed hands.
     */
    public String describe(int cell, BattleClock clock, int limit) {
        List<Change> changes = of(cell);
        if (changes.isEmpty()) {
            return "not recorded";
        }
        StringBuilder text = new StringBuilder();
        int shown = Math.min(limit, changes.size());
        for (int i = changes.size() - 1; i >= changes.size() - shown; i--) {
            Change change = changes.get(i);
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(name(change.control())).append(change.hour() == START ? " at the start"
                    : " since " + ClockText.shortDateTime(clock, change.hour()));
        }
        int hidden = changes.size() - shown;
        if (hidden > 0) {
            text.append("; ").append(hidden).append(hidden == 1 ? " earlier change" : " earlier changes");
        }
        return text.toString();
    }

    /** A control state as a word: "government", "militia", "contested". */
    public static String name(Control control) {
        return control.name().toLowerCase(Locale.ROOT);
    }

    /** Changes of hands recorded over all cells, hour 0 excluded. */
    public synchronized int changeCount() {
        return size - current.length;
    }
}
