package org.urbanconflict.basra.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.KeyboardFocusManager;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTabbedPane;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.gui.RunLabel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.util.Properties;

/**
 * The Console's Model tab: a header naming the scenario, with the scenario picker, then one tab per group of the
 * model's properties proxy ({@code ConflictModel.propertiesProxy()}): Now, Government, Militia, Fire support,
 * Mediation, Timeline. A group whose properties are themselves groups (the unit types, air and artillery) becomes a
 * row of sub-tabs. Each page is MASON's own inspector over a parameter bean, so sliders, pop-up menus, tooltips and
 * right-click charting all work as in any MASON model. The pages hold the beans of the configured parameters, so
 * when the scenario picker swaps the scenario (and with it those beans) the tabs are built again.
 */
final class WhatIfInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final GUIState gui;
    private final ConflictModel model;
    private final JLabel scenario = new JLabel();
    private final JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.WRAP_TAB_LAYOUT);
    private final List<List<Inspector>> pages = new ArrayList<>();
    private final List<JTabbedPane> subTabs = new ArrayList<>();
    private String runLabel;

    WhatIfInspector(GUIState gui, ConflictModel model, JPopupMenu scenarios) {
        this.gui = gui;
        this.model = model;
        setLayout(new BorderLayout());
        add(header(scenarios), BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        build();
        tabs.addChangeListener(e -> updateInspector());
        setVolatile(true);
        updateInspector();
    }

    private void build() {
        ReadableProperties groups = new ReadableProperties(model);
        for (int i = 0; i < groups.numProperties(); i++) {
            if (groups.isComposite(i)) {
                addGroup(groups.getName(i), groups.getDescription(i), groups.getValue(i));
            }
        }
    }

    private Component header(JPopupMenu scenarios) {
        JPanel header = new JPanel();
        header.setLayout(new BoxLayout(header, BoxLayout.Y_AXIS));
        header.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        scenario.setFont(scenario.getFont().deriveFont(Font.BOLD));
        scenario.setAlignmentX(LEFT_ALIGNMENT);
        header.add(scenario);
        JLabel hint = new JLabel("<html>Changes apply from hour 0:<br>press Reset, then Run.</html>");
        hint.setAlignmentX(LEFT_ALIGNMENT);
        header.add(hint);
        header.add(Box.createVerticalStrut(4));
        JButton pick = new JButton("Load another scenario\u2026");
        pick.setAlignmentX(LEFT_ALIGNMENT);
        pick.addActionListener(e -> scenarios.show(pick, 0, pick.getHeight()));
        header.add(pick);
        return header;
    }

    private void addGroup(String name, String description, Object group) {
        Properties members = new ReadableProperties(group);
        boolean nested = members.numProperties() > 0;
        for (int i = 0; i < members.numProperties(); i++) {
            nested &= members.isComposite(i);
        }
        List<Inspector> inspectors = new ArrayList<>();
        if (nested) {
            JTabbedPane inner = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.WRAP_TAB_LAYOUT);
            ReadableProperties readable = new ReadableProperties(group);
            for (int i = 0; i < readable.numProperties(); i++) {
                Inspector page = page(readable.getName(i), readable.getValue(i));
                inspectors.add(page);
                inner.addTab(readable.getName(i), null, page, readable.getDescription(i));
            }
            inner.addChangeListener(e -> updateInspector());
            subTabs.add(inner);
            tabs.addTab(name, null, inner, description);
        } else {
            Inspector page = page(name, group);
            inspectors.add(page);
            subTabs.add(null);
            tabs.addTab(name, null, page, description);
        }
        pages.add(inspectors);
    }

    private Inspector page(String title, Object bean) {
        Inspector inspector = Inspectors.of(bean, gui);
        inspector.setTitle(title);
        inspector.setVolatile(true);
        return inspector;
    }

    /** Refreshes the scenario name and the page on show (the Console calls this every step). */
    @Override
    public void updateInspector() {
        scenario.setText(runLabel == null ? "Scenario: " + model.scenario().name() : runLabel);
        int tab = tabs.getSelectedIndex();
        if (tab < 0 || tab >= pages.size()) {
            return;
        }
        JTabbedPane inner = subTabs.get(tab);
        int page = inner == null ? 0 : Math.max(0, inner.getSelectedIndex());
        Inspector shown = pages.get(tab).get(page);
        if (typingIn(shown)) {
            return;
        }
        shown.updateInspector();
        shown.repaint();
    }

    /**
     * Whether the user is typing in a field of {@code page}: the Console refreshes the page after every step, which
     * would put back the old value under the user's fingers, so the page waits until the field loses focus.
     */
    static boolean typingIn(Component page) {
        Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return focus instanceof JTextComponent && SwingUtilities.isDescendingFrom(focus, page);
    }

    /** The group tabs (Now, Government, Militia...), for the self-check to walk. */
    JTabbedPane groups() {
        return tabs;
    }

    /** The header's first line: the scenario, "modified" and the seed. */
    String header() {
        return scenario.getText();
    }

    /** The scenario, "modified" and seed line ({@link org.urbanconflict.gui.RunLabel}) for the header. */
    void setRunLabel(String label) {
        runLabel = RunLabel.twoLines(label);
        scenario.setText(runLabel);
    }

    /** Builds the pages again over the new scenario's beans, keeping the tab and sub-tab the student had open. */
    void updateAll() {
        int tab = tabs.getSelectedIndex();
        int[] inner = new int[subTabs.size()];
        for (int i = 0; i < inner.length; i++) {
            inner[i] = subTabs.get(i) == null ? 0 : subTabs.get(i).getSelectedIndex();
        }
        tabs.removeAll();
        pages.clear();
        subTabs.clear();
        build();
        for (int i = 0; i < Math.min(inner.length, subTabs.size()); i++) {
            if (subTabs.get(i) != null && inner[i] >= 0 && inner[i] < subTabs.get(i).getTabCount()) {
                subTabs.get(i).setSelectedIndex(inner[i]);
            }
        }
        if (tab >= 0 && tab < tabs.getTabCount()) {
            tabs.setSelectedIndex(tab);
        }
        revalidate();
        updateInspector();
    }
}
