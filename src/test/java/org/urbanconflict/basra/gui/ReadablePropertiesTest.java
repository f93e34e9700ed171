package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.params.ScenarioParameters;
import org.urbanconflict.basra.params.MediationSettings;
import sim.util.Interval;

/** MASON's properties made readable: names as words, the object's own order, everything else untouched. */
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
        MediationSettings mediation = new MediationSettings(() -> p);
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
}
