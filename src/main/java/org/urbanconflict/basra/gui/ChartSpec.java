package org.urbanconflict.basra.gui;

import java.util.List;
import org.urbanconflict.basra.MetricsRecorder;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * What each live chart plots, as names of the hourly metrics declared in {@code model.Metrics}: the charts read the
 * same declaration as timeseries.csv, so a chart and the file cannot disagree. Headless, so tests can check that
 * every name exists.
 *
 * @param title     chart title, with the unit when it is not a count of people
 * @param lines     one line per series
 * @param threshold whether to draw the ceasefire threshold as a dashed line (the pressure chart)
 * @param band      a range from the historical record to shade, or null
 * @param percent   whether the value axis is a share shown from 0 to 100
 */
public record ChartSpec(String title, List<Line> lines, boolean threshold, Band band, boolean percent) {
    /**
     * What the threshold line is called: pressure at that level makes a ceasefire likely within hours, but it is the
     * scale of a hazard, not a trigger, so ceasefires come below it or some hours after it is crossed.
     */
    public static final String THRESHOLD_LABEL = "hazard scale, not a trigger";

    /** The pressure chart's threshold line shows only while mediation can bring a ceasefire at all. */
    public boolean showsThreshold(boolean mediationEnabled) {
        return threshold && mediationEnabled;
    }

    /**
     * The title for the style: presentation mode's large type fits a chart column of a 1366-pixel screen only with
     * short titles, one line each.
     */
    public String title(boolean presentation) {
        if (!presentation) {
            return title;
        }
        int paren = title.indexOf(" (killed");
        return paren > 0 ? title.substring(0, paren) : title.replace("Refusals, desertions, defections",
                "Refused, deserted, defected").replace("Government control", "Govt control");
    }

    /**
     * A range the historical record gives for one of the scenario's validation target metrics, shaded on the chart
     * so students can see whether the run lands where 2008 did.
     */
    public record Band(String label, String metric, double factor) {
        /** {min, max} of the first condition on the metric among the targets, scaled; null if there is none. */
        public double[] range(List<ValidationTarget> targets) {
            for (ValidationTarget target : targets) {
                for (ValidationTarget.Condition c : target.conditions()) {
                    if (c.metric().equals(metric) && c.min() != null && c.max() != null) {
                        return new double[] {c.min() * factor, c.max() * factor};
                    }
                }
            }
            return null;
        }
    }

    /**
     * One line of a chart: the sum of some metrics, times a factor (100 turns a share into percent).
     *
     * @param rgb colour as 0xRRGGBB, from {@link Palette}
     */
    public record Line(String label, int rgb, double factor, List<String> metrics) {
        /** The line's value after {@code hour} hours. */
        public double value(MetricsRecorder recorder, int hour) {
            double sum = 0;
            for (String metric : metrics) {
                sum += recorder.value(hour, recorder.indexOf(metric));
            }
            return sum * factor;
        }
    }

    /**
     * The four charts beside the map, in reading order. Residents away from home share the casualties chart (issue
     * 11): under the curfew they number hundreds, the scale of the casualties, and a fifth chart would not fit the
     * presentation layout.
     */
    public static List<ChartSpec> classroom() {
        return List.of(
                new ChartSpec("Casualties and displaced", List.of(
                        new Line("Government", Palette.GOVERNMENT_LINE, 1, List.of("gov_killed", "gov_wounded")),
                        new Line("Militia", Palette.MILITIA_LINE, 1, List.of("militia_killed", "militia_wounded")),
                        new Line("Civilians", Palette.CIVILIAN_LINE, 1,
                                List.of("civilian_killed", "civilian_wounded")),
                        new Line("Displaced", Palette.DISPLACED_LINE, 1, List.of("displaced"))), false, null, false),
                new ChartSpec("Government control (%)", List.of(
                        new Line("Urban area", Palette.GOVERNMENT_LINE, 100, List.of("gov_control_urban")),
                        new Line("Population", Palette.CIVILIAN_LINE, 100, List.of("gov_control_population"))),
                        false, new Band("2008, at the ceasefire", "gov_control_urban_at_ceasefire", 100), true),
                new ChartSpec("Refusals, desertions, defections", List.of(
                        new Line("Refused", Palette.REFUSAL_LINE, 1, List.of("refusals")),
                        new Line("Deserted", Palette.DESERTION_LINE, 1, List.of("desertions")),
                        new Line("Defected", Palette.DEFECTION_LINE, 1, List.of("defections"))), false, null, false),
                new ChartSpec("Political pressure", List.of(
                        new Line("Pressure", Palette.PRESSURE_LINE, 1, List.of("political_pressure"))), true, null,
                        false));
    }
}
