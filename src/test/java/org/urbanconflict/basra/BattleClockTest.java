package org.urbanconflict.basra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.params.TimeParameters;

class BattleClockTest {
    private final BattleClock clock = new BattleClock(time());

    private static TimeParameters time() {
        TimeParameters t = new TimeParameters();
        t.setStartDate("2008-03-25");
        t.setStartDay(1.125);
        t.setHorizonDays(9.0);
        return t;
    }

    @Test
    void hourZeroIsThreeInTheMorningOfTheTwentyFifthOfMarch2008() {
        assertEquals(LocalDateTime.of(2008, 3, 25, 3, 0), clock.dateTime(0));
        assertEquals(1, clock.calendarDay(0));
    }

    @Test
    void battleDaysMapToHours() {
        assertEquals(69, clock.hourOf(4.0), "midnight opening 28 March");
        assertEquals(LocalDateTime.of(2008, 3, 28, 0, 0), clock.dateTime(69));
        assertEquals(4, clock.calendarDay(69));
        assertEquals(3, clock.calendarDay(68));
        assertEquals(189, clock.horizonHours(), "to midnight closing 1 April");
        assertEquals(LocalDateTime.of(2008, 4, 2, 0, 0), clock.dateTime(189));
    }
}
