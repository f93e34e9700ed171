package org.urbanconflict.basra.gui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.urbanconflict.basra.BattleClock;

/**
 * The words of the on-map clock and of the event log's time column. Headless, so their format is tested without a
 * display. British date order, because the sources (the UK Iraq Inquiry, the Commons Defence Committee) use it.
 */
public final class ClockText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private ClockText() {
    }

    /** "Wednesday 26 March 2008". */
    public static String date(BattleClock clock, int hour) {
        return DATE.format(clock.dateTime(hour));
    }

    /** "14:00". */
    public static String time(BattleClock clock, int hour) {
        return TIME.format(clock.dateTime(hour));
    }

    /** "Wed 26 Mar 14:00", for the event log. */
    public static String shortDateTime(BattleClock clock, int hour) {
        return SHORT.format(clock.dateTime(hour));
    }

    /** "Day 2 of the battle, hour 35". */
    public static String dayAndHour(BattleClock clock, int hour) {
        return "Day " + clock.calendarDay(hour) + " of the battle, hour " + hour;
    }

    /** The phase as shown on the badge: "ULTIMATUM". */
    public static String phaseBadge(String phase) {
        return phase.toUpperCase(Locale.ROOT);
    }

    /** Milliseconds since the epoch of an hour, read as UTC, for chart axes that format dates. */
    public static long epochMillis(BattleClock clock, int hour) {
        LocalDateTime t = clock.dateTime(hour);
        return t.toEpochSecond(java.time.ZoneOffset.UTC) * 1000L;
    }
}
