package org.urbanconflict.basra.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.urbanconflict.basra.BattleEvent;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.EventKind;
import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;

/**
 * What the event log shows, kept apart from Swing so it can be tested headless: which of the model's events are new
 * since the last hour, and how each reads ("Wed 26 Mar 09:00  Ultimatum  72-hour ultimatum: ..."). The Swing list
 * appends the rows this returns; selecting one inspects its {@link Row#subject()}.
 */
public final class EventLogModel {
    /**
     * One line of the log.
     *
     * @param subject  the unit or militia cell concerned, or null when the event has none (an ultimatum, a ceasefire)
     * @param count    how many events of this kind and subject the row stands for (see {@link EventCollapser})
     * @param lastHour hour of the latest of them
     * @param lastWhen when the latest of them happened, as shown
     */
    public record Row(int hour, String when, EventKind kind, String tag, String text, Object subject, int count,
            int lastHour, String lastWhen) {
        Row(int hour, String when, EventKind kind, String tag, String text, Object subject) {
            this(hour, when, kind, tag, text, subject, 1, hour, when);
        }

        /** This row standing also for {@code later}, a repeat of the same kind by the same subject. */
        public Row repeatedBy(Row later) {
            return new Row(hour, when, kind, tag, text, subject, count + 1, later.hour(), later.when());
        }

        /** The words after the tag, with how often and until when the event repeated. */
        public String fullText() {
            return count == 1 ? text : text + "  (\u00d7" + count + ", last " + lastWhen + ")";
        }

        @Override
        public String toString() {
            return when + "  " + tag + "  " + fullText();
        }
    }

    private int seen;

    /** Forgets what was shown; call at every start, since a new run has a new event list. */
    public void reset() {
        seen = 0;
    }

    /** The events recorded since the previous call, formatted. Call with the schedule locked. */
    public List<Row> newRows(ConflictModel model) {
        List<BattleEvent> events = model.events().events();
        List<Row> rows = new ArrayList<>(Math.max(0, events.size() - seen));
        for (int i = seen; i < events.size(); i++) {
            BattleEvent e = events.get(i);
            rows.add(new Row(e.hour(), ClockText.shortDateTime(model.clock(), e.hour()), e.kind(), tag(e.kind()),
                    sentence(placeNames(e.text(), model.territory().map())), e.subject()));
        }
        seen = events.size();
        return rows;
    }

    /** The short tag shown in colour before each event. */
    public static String tag(EventKind kind) {
        return switch (kind) {
            case OFFENSIVE -> "Offensive";
            case REFUSAL -> "Refusal";
            case DEFECTION -> "Defection";
            case FIRST_STRIKE -> "Coalition fire";
            case SABOTAGE -> "Sabotage";
            case ULTIMATUM -> "Ultimatum";
            case MEDIATION -> "Mediation";
            case CEASEFIRE -> "Ceasefire";
            case DISTRICT_TAKEN -> "District taken";
            case REINFORCEMENT -> "Reinforcements";
            case ADVISERS -> "Advisers";
            case CLEARANCE -> "Clearance";
            case DISMISSAL -> "Dismissal";
        };
    }

    /** District ids the model writes ("the assault on tamimiya") as the names people use ("Tamimiya"). */
    static String placeNames(String text, DistrictMap map) {
        String named = text;
        for (District d : map.districts()) {
            named = named.replaceAll("\\b" + Pattern.quote(d.id()) + "\\b", Matcher.quoteReplacement(d.name()));
        }
        return named;
    }

    /** The model's event text, capitalised as a sentence and with unit types as people say them. */
    static String sentence(String text) {
        String readable = text.replace("localPolice unit", "local police unit")
                .replace("newArmy unit", "new army unit")
                .replace("nationalPolice unit", "National Police unit")
                .replace("specialForces unit", "special forces unit");
        return readable.isEmpty() ? readable : Character.toUpperCase(readable.charAt(0)) + readable.substring(1);
    }
}
