package org.urbanconflict.epstein.gui;

import static org.urbanconflict.gui.SelfCheck.onSwing;

import java.awt.Point;
import java.util.List;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import org.urbanconflict.gui.GuiSession;
import org.urbanconflict.gui.SelfCheck;
import sim.display.Console;

/**
 * {@code gui --self-check} for Epstein's model, on the real windows: Play resumes a paused run; one click on the
 * lattice fills the Inspectors tab; the Model tab's sliders fit the Console; and a legitimacy typed while the run
 * steps stays in its field (issue 14, finding 7: it used to revert to 0.82), is applied on Enter, and makes the
 * header say "modified". Runs the model 20 steps and a few more.
 */
final class EpsteinSelfCheck {
    private static final int STEPS = 20;
    private static final String TYPED = "0.6";

    private EpsteinSelfCheck() {
    }

    static int run(EpsteinModelWithUI gui) throws Exception {
        SelfCheck check = new SelfCheck("Epstein");
        Console console = gui.console();
        check.consoleBasics(console);
        GuiSession.runAndWait(STEPS, gui::runTo, gui::reached);
        GuiSession.settle();
        onSwing(() -> {
            SelfCheck.select(console.getTabPane(), "Model");
            java.awt.Rectangle lattice = gui.latticeDisplay().display().insideDisplay.getVisibleRect();
            SelfCheck.click(gui.latticeDisplay().display().insideDisplay, new Point((int) lattice.getCenterX(),
                    (int) lattice.getCenterY()));
            return null;
        });
        GuiSession.settle();
        onSwing(() -> {
            JTabbedPane tabs = console.getTabPane();
            String shown = tabs.getTitleAt(tabs.getSelectedIndex());
            check.that("Inspectors".equals(shown), "one click shows the Inspectors tab", "the Console shows " + shown);
            check.that(!console.getAllInspectors().isEmpty(), "one click inspects the cell", "no inspector open");
            SelfCheck.select(tabs, "Model");
            console.validate();
            return null;
        });
        GuiSession.settle();
        JTextField legitimacy = onSwing(() -> {
            JTextField field = SelfCheck.all(gui.sliders(), JTextField.class).get(0);
            console.toFront();
            field.requestFocus();
            return field;
        });
        GuiSession.settle();
        onSwing(() -> {
            check.that(SelfCheck.focused(legitimacy), "the legitimacy field takes the keyboard focus", "it does not");
            SelfCheck.type(legitimacy, TYPED);
            return null;
        });
        long from = onSwing(() -> gui.model().schedule.getSteps());
        GuiSession.runAndWait((int) from + 3, gui::runTo, gui::reached);
        GuiSession.settle();
        onSwing(() -> {
            check.that(TYPED.equals(legitimacy.getText()), "a typed legitimacy stays while the run steps (finding 7)",
                    "the field shows " + legitimacy.getText());
            SelfCheck.enter(legitimacy);
            check.that(gui.model().configuredParameters().getLegitimacy() == Double.parseDouble(TYPED),
                    "Enter applies the typed legitimacy", "legitimacy is "
                    + gui.model().configuredParameters().getLegitimacy());
            return null;
        });
        Thread.sleep(1500);
        GuiSession.settle();
        onSwing(() -> {
            check.that(gui.latticeTitle().contains("modified"), "after a change the window says \"modified\"",
                    "it says " + gui.latticeTitle());
            return null;
        });
        List<String> cut = onSwing(() -> SelfCheck.cutOff(console.getTabPane().getSelectedComponent()));
        check.that(cut.isEmpty(), "the Model tab fits the Console, \"modified\" included", String.join("; ", cut));
        return check.exitCode();
    }
}
