package org.urbanconflict.basra;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.urbanconflict.basra.params.TimeParameters;

/**
 * Converts between model hours and battle days. One step is one hour; hour 0 is the scenario's start. A battle day is
 * fractional: day 1.0 is midnight opening 25 March 2008, so calendar day {@code floor(day)} is the fact sheet's "Day".
 */
public final class BattleClock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LocalDate dayOne;
    private final double startDay;
    private final int horizonHours;

    public BattleClock(TimeParameters time) {
        this.dayOne = LocalDate.parse(time.getStartDate());
        this.startDay = time.getStartDay();
        this.horizonHours = Math.max(0, hourOf(time.getHorizonDays()));
    }

    /** The first model hour at or after the given battle day (negative if the day is before the start). */
    public int hourOf(double battleDay) {
        return (int) Math.ceil((battleDay - startDay) * 24.0 - 1e-9);
    }

    /** Fractional battle day at the given model hour. */
    public double dayAt(int hour) {
        return startDay + hour / 24.0;
    }

    /** Calendar battle day (1 = 25 March) containing the given hour. */
    public int calendarDay(int hour) {
        return (int) Math.floor(dayAt(hour) + 1e-9);
    }

    public LocalDateTime dateTime(int hour) {
        return dayOne.atStartOfDay().plusMinutes(Math.round((dayAt(hour) - 1.0) * 24 * 60));
    }

    /** Number of hourly steps in a run. */
    public int horizonHours() {
        return horizonHours;
    }
}
