package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPopupMenu;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.ConflictModel;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The Model tab's layout: one tab per group, sub-tabs where a group holds beans, and pages over the new scenario's
 * beans after the scenario picker swapped it (a page over the old beans would edit nothing the next run reads).
 */
class WhatIfInspectorTest {
    private static GUIState gui(SimState model) {
        return new GUIState(model) {
        };
    }

    private static JTabbedPane tabs(WhatIfInspector inspector) {
        for (Component c : inspector.getComponents()) {
            if (c instanceof JTabbedPane tabs) {
                return tabs;
            }
        }
        throw new AssertionError("no tabs");
    }

    private static List<String> titles(JTabbedPane tabs) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            titles.add(tabs.getTitleAt(i));
        }
        return titles;
    }

    @Test
    void groupsBecomeTabsAndBeansSubTabsAndASwapRebuildsThem() {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), 1);
        WhatIfInspector inspector = new WhatIfInspector(gui(model), model, new JPopupMenu());
        JTabbedPane tabs = tabs(inspector);
        assertEquals(List.of("Now", "Government", "Militia", "Fire support", "Mediation", "Timeline"), titles(tabs));
        JTabbedPane government = (JTabbedPane) tabs.getComponentAt(1);
        assertEquals(List.of("Local police", "Army", "New army", "National Police", "Special forces", "Offensive",
                "Morale", "Reinforcements"), titles(government));
        assertEquals(List.of("Air", "Artillery"), titles((JTabbedPane) tabs.getComponentAt(3)));
        assertEquals(List.of("Run", "Ultimatum"), titles((JTabbedPane) tabs.getComponentAt(5)));
        tabs.setSelectedIndex(1);
        government.setSelectedIndex(4);
        Component before = government.getComponentAt(4);

        model.setScenario(TestScenarios.load("what-if/loyal-forces.json"));
        inspector.updateAll();
        JTabbedPane rebuilt = (JTabbedPane) tabs.getComponentAt(1);
        assertEquals(1, tabs.getSelectedIndex(), "the student stays on the tab they had open");
        assertEquals(4, rebuilt.getSelectedIndex());
        assertEquals(8, rebuilt.getTabCount());
        assertSame(tabs, tabs(inspector));
        assertNotSame(before, rebuilt.getComponentAt(4), "a new page, over the new scenario's beans");
    }
}
