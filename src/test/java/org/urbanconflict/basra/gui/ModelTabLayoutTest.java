package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.ConflictModel;

/**
 * The Model tab's layout, read headlessly through the same {@link ReadableProperties} the inspector builds its pages
 * from: one tab per group, a sub-tab per bean where a group holds beans, and, after the scenario picker swapped the
 * scenario, groups over the new scenario's beans (a page over the old beans would edit nothing the next run reads).
 */
class ModelTabLayoutTest {
    private static List<String> composites(Object bean) {
        ReadableProperties p = new ReadableProperties(bean);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.isComposite(i)) {
                names.add(p.getName(i));
            }
        }
        return names;
    }

    private static Object group(Object bean, String name) {
        ReadableProperties p = new ReadableProperties(bean);
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.getName(i).equals(name)) {
                return p.getValue(i);
            }
        }
        throw new AssertionError("no group " + name + " in " + composites(bean));
    }

    @Test
    void groupsAreTabsAndBeansAreSubTabs() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        assertEquals(List.of("Now", "Government", "Militia", "Fire support", "Mediation", "Timeline"),
                composites(model));
        assertEquals(List.of("Local police", "Army", "New army", "National Police", "Special forces", "Offensive",
                "Morale", "Reinforcements", "Clearance"), composites(group(model, "Government")));
        assertEquals(List.of("Air", "Artillery"), composites(group(model, "Fire support")));
        assertEquals(List.of("Run", "Ultimatum"), composites(group(model, "Timeline")));
    }

    @Test
    void afterASwapTheGroupsEditTheNewScenariosBeans() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        model.setScenario(TestScenarios.load("what-if/loyal-forces.json"));
        assertSame(model.configuredParameters().getMilitia(), group(model, "Militia"));
        assertSame(model.configuredParameters().getGovernment().getTypes().getSpecialForces(),
                group(group(model, "Government"), "Special forces"));
    }
}
