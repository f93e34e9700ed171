package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.MetricsRecorder;

/** The live charts plot declared metrics only, and their lines add up as the files do. */
class ChartSpecTest {
    @Test
    void everyLineNamesDeclaredMetrics() {
        ConflictModel model = GuiTestModels.baselineAfter(0, 1);
        Set<String> declared = new HashSet<>(model.recorder().metrics().names());
        List<ChartSpec> charts = ChartSpec.classroom();
        assertEquals(4, charts.size());
        for (ChartSpec chart : charts) {
            for (ChartSpec.Line line : chart.lines()) {
                assertTrue(declared.containsAll(line.metrics()), chart.title() + ": " + line.metrics());
            }
        }
    }

    @Test
    void theIssuesFourChartsAreThere() {
        List<String> titles = ChartSpec.classroom().stream().map(ChartSpec::title).toList();
        assertTrue(titles.get(0).startsWith("Casualties"));
        assertEquals(List.of("Government", "Militia", "Civilians", "Displaced"),
                ChartSpec.classroom().get(0).lines().stream().map(ChartSpec.Line::label).toList(),
                "by side, then residents away from home");
        assertEquals("Government control (%)", titles.get(1));
        assertEquals("Refusals, desertions, defections", titles.get(2));
        assertEquals("Political pressure", titles.get(3));
        assertTrue(ChartSpec.classroom().get(3).threshold(), "pressure is drawn against the ceasefire threshold");
    }

    @Test
    void thresholdLineSaysWhatItIsAndHidesWithoutMediation() {
        ChartSpec pressure = ChartSpec.classroom().get(3);
        assertTrue(pressure.showsThreshold(true));
        assertTrue(!pressure.showsThreshold(false), "no threshold line when mediation is off");
        assertTrue(!ChartSpec.classroom().get(0).showsThreshold(true));
        assertTrue(ChartSpec.THRESHOLD_LABEL.contains("not a trigger"), ChartSpec.THRESHOLD_LABEL);
    }

    @Test
    void presentationTitlesAreShortEnoughForOneLine() {
        for (ChartSpec chart : ChartSpec.classroom()) {
            assertTrue(chart.title(true).length() <= 27, chart.title(true));
            assertEquals(chart.title(), chart.title(false));
        }
    }

    @Test
    void lineValuesSumTheirMetricsTimesTheFactor() {
        ConflictModel model = GuiTestModels.baselineAfter(30, 1);
        MetricsRecorder r = model.recorder();
        ChartSpec.Line government = ChartSpec.classroom().get(0).lines().get(0);
        assertEquals(r.value(30, r.indexOf("gov_killed")) + r.value(30, r.indexOf("gov_wounded")),
                government.value(r, 30));
        ChartSpec.Line control = ChartSpec.classroom().get(1).lines().get(0);
        assertEquals(100 * r.value(30, r.indexOf("gov_control_urban")), control.value(r, 30), 1e-9);
    }

    @Test
    void controlChartShadesTheRecordFromTheScenario() {
        ChartSpec control = ChartSpec.classroom().get(1);
        assertTrue(control.percent());
        assertArrayEquals(new double[] {30, 50}, control.band().range(TestScenarios.baseline().targets()), 1e-9);
        assertEquals(null, control.band().range(List.of()));
    }
}
