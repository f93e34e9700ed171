package org.urbanconflict.epstein.gui;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import org.urbanconflict.gui.RunLabel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.urbanconflict.epstein.EpsteinModel;
import sim.portrayal.Inspector;

/**
 * The Console's Model tab for Epstein's model: one labelled slider per knob of {@link EpsteinKnobs}, each with a
 * field to type an exact value (applied on Enter or when the field loses focus), then the run's counts. The Console
 * refreshes the tab every step; a field being typed in is left alone, so a typed value is not put back under the
 * user's fingers.
 */
final class EpsteinSliders extends Inspector {
    private static final long serialVersionUID = 1L;
    private static final int TICKS = 1000;

    private final EpsteinModel model;
    private final List<JSlider> sliders = new ArrayList<>();
    private final List<JTextField> fields = new ArrayList<>();
    private final JLabel header = new JLabel();
    private final JLabel counts = new JLabel();
    private boolean updating;

    EpsteinSliders(EpsteinModel model) {
        this.model = model;
        setLayout(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        GridBagConstraints at = new GridBagConstraints();
        at.insets = new Insets(3, 3, 3, 3);
        at.anchor = GridBagConstraints.WEST;
        at.gridx = 0;
        at.gridy = 0;
        at.gridwidth = 2;
        add(header, at);
        at.gridy++;
        add(new JLabel("<html>Sliders act at once where the rule allows;<br>vision from the next Reset.</html>"), at);
        at.gridwidth = 1;
        for (EpsteinKnobs.Knob knob : EpsteinKnobs.ALL) {
            at.gridy++;
            at.gridx = 0;
            at.gridwidth = 2;
            at.fill = GridBagConstraints.NONE;
            JLabel label = new JLabel(knob.label() + (knob.live() ? "" : "  (next Reset)"));
            label.setToolTipText(knob.description());
            add(label, at);
            at.gridy++;
            at.gridwidth = 1;
            at.fill = GridBagConstraints.HORIZONTAL;
            at.weightx = 1;
            JSlider slider = new JSlider(0, TICKS, 0);
            slider.setToolTipText(knob.description());
            add(slider, at);
            at.gridx = 1;
            at.weightx = 0;
            JTextField field = new JTextField(6);
            field.setToolTipText(knob.description());
            add(field, at);
            slider.addChangeListener(e -> {
                if (!updating) {
                    knob.apply(model, knob.min() + (knob.max() - knob.min()) * slider.getValue() / TICKS);
                    show(knob, slider, field, true);
                }
            });
            field.addActionListener(e -> typed(knob, slider, field));
            field.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusLost(java.awt.event.FocusEvent e) {
                    typed(knob, slider, field);
                }
            });
            sliders.add(slider);
            fields.add(field);
        }
        at.gridy++;
        at.gridx = 0;
        at.gridwidth = 2;
        add(counts, at);
        at.gridy++;
        at.weighty = 1;
        add(new JLabel(" "), at);
        updateInspector();
    }

    private void typed(EpsteinKnobs.Knob knob, JSlider slider, JTextField field) {
        try {
            knob.apply(model, Double.parseDouble(field.getText().trim()));
        } catch (NumberFormatException e) {
            field.setToolTipText("Not a number: " + field.getText() + ". " + knob.description());
        }
        show(knob, slider, field, false);
    }

    private void show(EpsteinKnobs.Knob knob, JSlider slider, JTextField field, boolean keepSlider) {
        double v = knob.value(model);
        updating = true;
        if (!keepSlider) {
            slider.setValue((int) Math.round((v - knob.min()) / (knob.max() - knob.min()) * TICKS));
        }
        if (!typingIn(field)) {
            field.setText(knob.step() >= 1 ? String.valueOf((int) v) : String.format(Locale.ROOT, "%.3f", v));
        }
        updating = false;
    }

    private static boolean typingIn(Component field) {
        Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return focus != null && SwingUtilities.isDescendingFrom(focus, field);
    }

    void setHeader(String runLabel) {
        header.setText(RunLabel.twoLines(runLabel));
    }

    @Override
    public void updateInspector() {
        for (int i = 0; i < sliders.size(); i++) {
            if (!sliders.get(i).getValueIsAdjusting()) {
                show(EpsteinKnobs.ALL.get(i), sliders.get(i), fields.get(i), false);
            }
        }
        counts.setText(String.format(Locale.ROOT, "<html>Active %d &nbsp; Quiet %d &nbsp; Jailed %d &nbsp;"
                + " Outbursts %d</html>", model.activeCount(), model.quietCount(),
                model.jailedCount(), model.outburstsStarted()));
    }
}
