package org.urbanconflict.basra;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The battle's dated events in the order they happened. Kept small: only notable events are logged. */
public final class EventLog implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<BattleEvent> events = new ArrayList<>();

    public void record(int hour, EventKind kind, Object subject, String text) {
        events.add(new BattleEvent(hour, kind, subject, text));
    }

    public List<BattleEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public int size() {
        return events.size();
    }
}
