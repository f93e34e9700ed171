package org.urbanconflict.epstein.gui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinParameters;

/**
 * The paper's parameters as the Model tab's sliders show them, in the paper's words and symbols: legitimacy L, cop
 * density, citizen and cop vision v, maximum jail term J and threshold T. A knob that the model reads every step
 * (L, cop density, T, J) acts on the run under way and on the next one; vision shapes the neighbourhoods built at
 * the start, so it acts from the next Reset. Headless, so what each knob changes is tested without a window.
 */
public final class EpsteinKnobs {
    /**
     * One slider: its label and tooltip, its range and step, and whether it acts on the run under way.
     */
    public record Knob(String label, String description, double min, double max, double step, boolean live,
            ToDoubleFunction<EpsteinParameters> get, BiConsumer<EpsteinParameters, Double> set) {
        /** The value shown: the run's if one is under way and the knob is live, else the next run's. */
        public double value(EpsteinModel model) {
            EpsteinParameters p = live && model.parameters() != null ? model.parameters()
                    : model.configuredParameters();
            return get.applyAsDouble(p);
        }

        /** Sets the value, held to the range, for the next run and, when live, for the run under way. */
        public void apply(EpsteinModel model, double value) {
            double v = Math.max(min, Math.min(max, step >= 1 ? Math.rint(value) : value));
            set.accept(model.configuredParameters(), v);
            if (live && model.parameters() != null) {
                set.accept(model.parameters(), v);
            }
        }
    }

    public static final List<Knob> ALL = List.of(
            new Knob("Legitimacy L", "Grievance is hardship x (1 - L). Acts from the next step.", 0, 1, 0.01, true,
                    EpsteinParameters::getLegitimacy, EpsteinParameters::setLegitimacy),
            new Knob("Cop density", "Share of cells holding a cop; cops are added or removed at random from the"
                    + " next step.", 0, 0.3, 0.001, true, EpsteinParameters::getCopDensity,
                    EpsteinKnobs::setCopDensity),
            new Knob("Citizen vision v", "Cells a citizen sees in each direction. Acts from the next Reset.", 1, 20,
                    1, false, EpsteinParameters::getCitizenVision, EpsteinParameters::setCitizenVision),
            new Knob("Cop vision v*", "Cells a cop sees in each direction. Acts from the next Reset.", 1, 20, 1,
                    false, EpsteinParameters::getCopVision, EpsteinParameters::setCopVision),
            new Knob("Maximum jail term J", "An arrested citizen serves a random term up to J steps. Acts on the"
                    + " next arrest.", 0, 100, 1, true, p -> p.getMaxJailTerm(),
                    (p, v) -> p.setMaxJailTerm((int) Math.round(v))),
            new Knob("Threshold T", "A citizen turns active when grievance minus net risk exceeds T. Acts from"
                    + " the next step.", 0, 0.5, 0.01, true, EpsteinParameters::getThreshold,
                    EpsteinParameters::setThreshold));

    private EpsteinKnobs() {
    }

    /** Cop density, held so that cops and citizens together still fit on the lattice. */
    private static void setCopDensity(EpsteinParameters p, double value) {
        p.setCopDensity(Math.max(0, Math.min(1 - p.getCitizenDensity(), value)));
    }
}
