package org.urbanconflict.chart;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Axes with fixed locale and time zone, so that tick labels (and therefore PNG bytes) do not depend on the machine.
 * Model times are wall-clock {@link LocalDateTime}s; they are mapped to instants as if they were UTC and drawn in UTC,
 * which shows the same wall-clock values.
 */
final class Axes {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final Locale LOCALE = Locale.UK;

    private Axes() {
    }

    static Date date(LocalDateTime t) {
        return Date.from(t.toInstant(ZoneOffset.UTC));
    }

    static double millis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** A date axis labelled "Date (2008)" whose ticks read "26 Mar", or "26 Mar 06:00" when hours are needed. */
    static DateAxis dateAxis(List<LocalDateTime> times) {
        String label = times.isEmpty() ? "Date" : "Date (" + yearSpan(times) + ", local time)";
        DateAxis axis = new DateAxis(label, UTC, LOCALE);
        TickUnits units = new TickUnits();
        for (int h : new int[] {1, 2, 3, 6, 12}) {
            units.add(new DateTickUnit(DateTickUnitType.HOUR, h, format("d MMM HH:mm")));
        }
        for (int d : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, d, format("d MMM")));
        }
        for (int m : new int[] {1, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, m, format("MMM yyyy")));
        }
        axis.setStandardTickUnits(units);
        // Without times the axis would show a meaningless "1 Jan 00:00".
        axis.setTickLabelsVisible(!times.isEmpty());
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        ChartStyle.styleAxis(axis);
        return axis;
    }

    private static String yearSpan(List<LocalDateTime> times) {
        int first = times.get(0).getYear();
        int last = times.get(times.size() - 1).getYear();
        return first == last ? Integer.toString(first) : first + "\u2013" + last;
    }

    private static DateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, LOCALE);
        f.setTimeZone(UTC);
        return f;
    }

    /**
     * A number axis whose tick labels use a fixed locale (thousands separated by commas), with fewer
     * ticks than JFreeChart would pack in.
     */
    static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(sparse(NumberAxis.createStandardTickUnits(LOCALE)));
        ChartStyle.styleAxis(axis);
        return axis;
    }

    /**
     * JFreeChart picks the smallest tick unit whose labels do not overlap, which crowds an axis at projector font
     * sizes; this source answers every request with a unit {@value #SPARSENESS} times larger.
     */
    static TickUnitSource sparse(TickUnitSource units) {
        return new Sparse(units);
    }

    private static final double SPARSENESS = 1.6;

    private record Sparse(TickUnitSource units) implements TickUnitSource, java.io.Serializable {
        @Override
        public TickUnit getLargerTickUnit(TickUnit unit) {
            return units.getLargerTickUnit(unit);
        }

        @Override
        public TickUnit getCeilingTickUnit(TickUnit unit) {
            return units.getCeilingTickUnit(unit.getSize() * SPARSENESS);
        }

        @Override
        public TickUnit getCeilingTickUnit(double size) {
            return units.getCeilingTickUnit(size * SPARSENESS);
        }
    }
}
