package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the event log short enough to read aloud: an event of the same kind by the same unit within a day of the
 * last one it repeats (a police unit losing men to defection hour after hour) updates that unit's line, now with a
 * count ("x6, last Wed 26 Mar 06:00"), instead of adding a line. Events without a subject (ultimatum, ceasefire) are
 * never merged. Headless: the Swing list applies the {@link Change}s this returns.
 */
public final class EventCollapser {
    /** Hours within which a repeat joins the earlier line. */
    static final int WINDOW_HOURS = 24;

    /**
     * What to do to the list: replace the rows at {@code replaced} (index to new row), then append {@code appended}.
     */
    public record Change(Map<Integer, EventLogModel.Row> replaced, List<EventLogModel.Row> appended) {
    }

    private record Key(Object subject, Object kind) {
    }

    private final List<EventLogModel.Row> shown = new ArrayList<>();
    private final Map<Key, Integer> lineOf = new HashMap<>();

    /** Forgets the lines shown; call when the log is cleared. */
    public void reset() {
        shown.clear();
        lineOf.clear();
    }

    /** Folds new events into the lines shown so far. */
    public Change add(List<EventLogModel.Row> fresh) {
        Map<Integer, EventLogModel.Row> replaced = new HashMap<>();
        List<EventLogModel.Row> appended = new ArrayList<>();
        for (EventLogModel.Row row : fresh) {
            Key key = row.subject() == null ? null : new Key(row.subject(), row.kind());
            Integer line = key == null ? null : lineOf.get(key);
            if (line != null && row.hour() - shown.get(line).lastHour() <= WINDOW_HOURS) {
                EventLogModel.Row merged = shown.get(line).repeatedBy(row);
                shown.set(line, merged);
                if (line >= shown.size() - appended.size()) {
                    appended.set(line - (shown.size() - appended.size()), merged);
                } else {
                    replaced.put(line, merged);
                }
            } else {
                shown.add(row);
                appended.add(row);
                if (key != null) {
                    lineOf.put(key, shown.size() - 1);
                }
            }
        }
        return new Change(replaced, appended);
    }

    /** The lines as they now read. */
    public List<EventLogModel.Row> lines() {
        return List.copyOf(shown);
    }
}
