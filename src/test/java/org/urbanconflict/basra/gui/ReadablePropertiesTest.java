package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.params.ScenarioParameters;
import sim.util.Interval;

/**
 * MASON's properties made readable: names as words, the object's own order, hidden properties left out, typed numbers
 * clamped to the slider's range, everything else untouched.
 */
class ReadablePropertiesTest {
    @Test
    void namesReadAsWords() {
        assertEquals("Refusal per million hours", ReadableProperties.humanize("RefusalPerMillionHours"));
        assertEquals("Government control (%)", ReadableProperties.humanize("GovernmentControlPercent"));
        assertEquals("IEDs per cell", ReadableProperties.humanize("IedsPerCell"));
        assertEquals("IEDs", ReadableProperties.humanize("Ieds"));
        assertEquals("National Police", ReadableProperties.humanize("NationalPolice"));
        assertEquals("Fire support", ReadableProperties.humanize("FireSupport"));
        assertEquals("Already readable", ReadableProperties.humanize("Already readable"));
        assertEquals("Now", ReadableProperties.humanize("Now"));
    }

    @Test
    void propertiesComeInTheObjectsOrderAndStillWork() {
        ScenarioParameters p = TestScenarios.baseline().parameters();
        var mediation = p.getMediation();
        ReadableProperties props = new ReadableProperties(mediation);
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < props.numProperties(); i++) {
            raw.add(props.getRawName(i));
        }
        assertEquals(mediation.propertyOrder(), raw);
        assertEquals("Start day", props.getName(1));
        assertNotNull(props.getDescription(1));
        assertEquals(Interval.class, props.getDomain(1).getClass());
        props.setValue(1, "3.5");
        assertEquals(3.5, p.getMediation().getStartDay());
        assertEquals(3.5, props.getValue(1));
        assertEquals(mediation, props.getObject());
    }

    @Test
    void hiddenPropertiesAreLeftOut() {
        ScenarioParameters p = TestScenarios.baseline().parameters();
        ReadableProperties police = new ReadableProperties(p.getGovernment().getTypes().getLocalPolice());
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < police.numProperties(); i++) {
            raw.add(police.getRawName(i));
            assertFalse(police.isHidden(i));
        }
        assertEquals(p.getGovernment().getTypes().getLocalPolice().propertyOrder(), raw);
    }

    @Test
    void typedValuesOutsideTheSliderAreClamped() {
        ScenarioParameters p = TestScenarios.baseline().parameters();
        ReadableProperties militia = new ReadableProperties(p.getMilitia());
        militia.setValue(index(militia, "Fighters"), "999999");
        assertEquals(40_000, p.getMilitia().getFighters());
        militia.setValue(index(militia, "StandDownCompliance"), "-3");
        assertEquals(0.0, p.getMilitia().getStandDownCompliance());
        militia.setValue(index(militia, "CellSize"), "120");
        assertEquals(120, p.getMilitia().getCellSize(), "a value inside the range passes unchanged");
        ReadableProperties mediation = new ReadableProperties(p.getMediation());
        mediation.setValue(index(mediation, "StartDay"), "400");
        assertEquals(60.0, p.getMediation().getStartDay(), "the schema's last battle day");
        ReadableProperties police = new ReadableProperties(p.getGovernment().getTypes().getLocalPolice());
        police.setValue(index(police, "RefusalPerMillionHours"), "1000000000");
        assertEquals(500e-6, p.getGovernment().getTypes().getLocalPolice().getRefusalHazard(), 1e-18);
    }

    private static int index(ReadableProperties props, String raw) {
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getRawName(i).equals(raw)) {
                return i;
            }
        }
        throw new AssertionError("no property " + raw);
    }

    /** Tests load no Swing (ArchitectureTest), so this checks the markup; how Swing draws it was checked by eye. */
    @Test
    void tooltipsAreHtmlThatWrapsAtAFixedWidthWithTheTextEscaped() {
        String des = new ReadableProperties(new org.urbanconflict.basra.params.GovernmentParameters())
                .getDescription(0);
        assertTrue(des.startsWith("<html><body style='width: " + ReadableProperties.TOOLTIP_WIDTH + "px'>"), des);
        assertTrue(des.endsWith("</body></html>"), des);
        assertEquals("<html><body style='width: 300px'>2 &lt; 3 &amp; 4 &gt; 1</body></html>",
                ReadableProperties.wrapped("2 < 3 & 4 > 1"));
        assertEquals("<html>kept</html>", ReadableProperties.wrapped("<html>kept</html>"));
    }
}
