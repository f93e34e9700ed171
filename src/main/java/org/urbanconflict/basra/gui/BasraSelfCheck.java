package org.urbanconflict.basra.gui;

import static org.urbanconflict.gui.SelfCheck.onSwing;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.gui.GuiSession;
import org.urbanconflict.gui.SelfCheck;
import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * {@code gui --self-check} for Basra: what finding 2, 3, 5 and 7 of issue 14 found by hand, checked on the real
 * windows. Play resumes a paused run; one click on a unit fills the Inspectors tab and brings the Console forward; a
 * value typed in a Model-tab field stays put while the run steps, and once entered the header says "modified"; then
 * (with that longer header) no page of the Model tab scrolls sideways or cuts off a slider's value or a label. Leaves the Model tab on Militia, so a
 * screenshot taken next shows that page. Takes a few seconds; it runs the model to hour 30 and a few hours more.
 */
final class BasraSelfCheck {
    private static final int HOURS = 30;
    private static final String TYPED = "0.37";

    private BasraSelfCheck() {
    }

    static int run(ConflictModelWithUI gui) throws Exception {
        SelfCheck check = new SelfCheck("Basra");
        Console console = gui.console();
        check.consoleBasics(console);
        GuiSession.runAndWait(HOURS, gui::runTo, gui::reached);
        GuiSession.settle();
        clickAUnit(gui, check);
        typedValueStays(gui, check);
        modelTabFits(gui, check);
        onSwing(() -> SelfCheck.select(gui.whatIf().groups(), "Militia"));
        GuiSession.settle();
        return check.exitCode();
    }

    private static void clickAUnit(ConflictModelWithUI gui, SelfCheck check) throws Exception {
        onSwing(() -> {
            GovernmentUnit unit = null;
            for (GovernmentUnit u : gui.model().units()) {
                if (unit == null && gui.mapState().agents().exists(u) && gui.mapState().stackIndex(u) == 0) {
                    unit = u;
                }
            }
            Point at = unit == null ? null : gui.battleMap().pointOf(unit);
            check.that(at != null && gui.battleMap().agentsAt(at).contains(unit), "a unit is drawn where the check"
                    + " clicks", "unit " + unit + " at " + at);
            if (at != null) {
                SelfCheck.select(gui.console().getTabPane(), "Model");
                SelfCheck.click(gui.battleMap().display().insideDisplay, at);
            }
            return null;
        });
        GuiSession.settle();
        onSwing(() -> {
            JTabbedPane tabs = gui.console().getTabPane();
            String shown = tabs.getTitleAt(tabs.getSelectedIndex());
            check.that("Inspectors".equals(shown), "one click shows the Inspectors tab", "the Console shows " + shown);
            check.that(!gui.console().getAllInspectors().isEmpty(), "one click inspects the unit clicked",
                    "no inspector open");
            check.that(gui.console().isShowing(), "the Console comes forward", "not showing");
            return null;
        });
    }

    /** Walks every page and sub-page of the Model tab and lists what a student would have to scroll for. */
    private static void modelTabFits(ConflictModelWithUI gui, SelfCheck check) throws Exception {
        List<String> problems = new ArrayList<>();
        JTabbedPane groups = onSwing(() -> {
            SelfCheck.select(gui.console().getTabPane(), "Model");
            return gui.whatIf().groups();
        });
        int count = onSwing(groups::getTabCount);
        for (int g = 0; g < count; g++) {
            int group = g;
            int inner = onSwing(() -> {
                groups.setSelectedIndex(group);
                return groups.getSelectedComponent() instanceof JTabbedPane sub ? sub.getTabCount() : 1;
            });
            for (int p = 0; p < inner; p++) {
                int page = p;
                onSwing(() -> {
                    if (groups.getSelectedComponent() instanceof JTabbedPane sub) {
                        sub.setSelectedIndex(page);
                    }
                    gui.console().validate();
                    return null;
                });
                GuiSession.settle();
                onSwing(() -> {
                    String where = groups.getTitleAt(group) + (groups.getSelectedComponent() instanceof JTabbedPane
                            sub ? " / " + sub.getTitleAt(page) : "");
                    for (String problem : SelfCheck.cutOff(gui.console().getTabPane().getSelectedComponent())) {
                        problems.add(where + ": " + problem);
                    }
                    return null;
                });
            }
        }
        check.that(problems.isEmpty(), "every Model-tab page fits the Console (" + count + " groups)",
                String.join("; ", problems));
    }

    /** Types into the Mediation page's first slider field while the run steps, then enters it. */
    private static void typedValueStays(ConflictModelWithUI gui, SelfCheck check) throws Exception {
        JTextField field = onSwing(() -> {
            SelfCheck.select(gui.console().getTabPane(), "Model");
            SelfCheck.select(gui.whatIf().groups(), "Mediation");
            gui.console().validate();
            for (PropertyField property : SelfCheck.all(gui.whatIf(), PropertyField.class)) {
                if (property.isShowing() && !SelfCheck.all(property, JSlider.class).isEmpty()) {
                    JTextField value = SelfCheck.all(property, JTextField.class).get(0);
                    gui.console().toFront();
                    value.requestFocus();
                    return value;
                }
            }
            return null;
        });
        check.that(field != null, "the Mediation page has a slider with a value field", "none found");
        if (field == null) {
            return;
        }
        GuiSession.settle();
        onSwing(() -> {
            check.that(SelfCheck.focused(field), "the value field takes the keyboard focus", "focus is elsewhere");
            SelfCheck.type(field, TYPED);
            return null;
        });
        long from = onSwing(() -> gui.model().schedule.getSteps());
        GuiSession.runAndWait((int) from + 3, gui::runTo, gui::reached);
        GuiSession.settle();
        onSwing(() -> {
            check.that(TYPED.equals(field.getText()), "a typed value stays while the run steps (finding 7)",
                    "the field shows " + field.getText() + " after " + (gui.model().schedule.getSteps() - from)
                    + " hours");
            SelfCheck.enter(field);
            return null;
        });
        Thread.sleep(1500);
        GuiSession.settle();
        onSwing(() -> {
            check.that(gui.whatIf().header().contains("modified"), "after a change the Model tab says \"modified\"",
                    "it says " + gui.whatIf().header());
            return null;
        });
    }
}
