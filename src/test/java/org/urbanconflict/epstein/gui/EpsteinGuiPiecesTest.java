package org.urbanconflict.epstein.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.core.ModelRegistry;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;

/** The Model tab's labelled sliders and the read-only cell inspector (issue 14, findings 7 and 8). */
class EpsteinGuiPiecesTest {
    private static EpsteinModel started() {
        EpsteinScenario scenario = ModelRegistry.load(Path.of("scenarios/epstein/run-2-punctuated.json"),
                EpsteinExperiment.class, "").scenario();
        EpsteinModel model = EpsteinModel.create(scenario, 1);
        model.start();
        for (int i = 0; i < 20; i++) {
            model.schedule.step(model);
        }
        return model;
    }

    @Test
    void slidersCarryThePapersNamesNotRawPropertyNames() {
        List<String> labels = EpsteinKnobs.ALL.stream().map(EpsteinKnobs.Knob::label).toList();
        assertEquals(List.of("Legitimacy L", "Cop density", "Citizen vision v", "Cop vision v*",
                "Maximum jail term J", "Threshold T"), labels);
    }

    @Test
    void aTypedLegitimacyActsOnTheRunAndTheNextOne() {
        EpsteinModel model = started();
        EpsteinKnobs.Knob legitimacy = EpsteinKnobs.ALL.get(0);
        legitimacy.apply(model, 0.6);
        assertEquals(0.6, model.parameters().getLegitimacy(), 1e-12, "the run under way");
        assertEquals(0.6, model.configuredParameters().getLegitimacy(), 1e-12, "the next run");
        assertEquals(0.6, legitimacy.value(model), 1e-12, "and the field shows it");
        legitimacy.apply(model, 7);
        assertEquals(1.0, legitimacy.value(model), 1e-12, "held to the range");
    }

    @Test
    void visionWaitsForTheNextReset() {
        EpsteinModel model = started();
        EpsteinKnobs.Knob vision = EpsteinKnobs.ALL.get(2);
        double running = model.parameters().getCitizenVision();
        vision.apply(model, 3.4);
        assertEquals(running, model.parameters().getCitizenVision(), "the run's neighbourhoods stay");
        assertEquals(3.0, model.configuredParameters().getCitizenVision(), 1e-12, "whole cells, next run");
        assertFalse(vision.live());
    }

    @Test
    void aCellShowsItsCitizenReadOnly() {
        EpsteinModel model = started();
        int checked = 0;
        for (int x = 0; x < model.width(); x++) {
            for (int y = 0; y < model.height(); y++) {
                CellInspection cell = new CellInspection(model, x, y);
                if (model.citizenAt(x, y) != null) {
                    double grievance = cell.getHardship() * (1 - model.parameters().getLegitimacy());
                    assertEquals(grievance, cell.getGrievance(), 1e-12);
                    assertEquals(cell.getRiskAversion() * cell.getArrestProbability(), cell.getNetRisk(), 1e-12);
                    assertEquals(model.citizenAt(x, y).active(), model.kindAt(x, y) == EpsteinPalette.ACTIVE);
                    assertTrue(cell.getHolds().endsWith("citizen"), cell.getHolds());
                    checked++;
                } else {
                    assertTrue(Double.isNaN(cell.getHardship()), "no citizen, no hardship: " + cell.getHolds());
                }
            }
        }
        assertTrue(checked > 100);
        for (Method m : CellInspection.class.getMethods()) {
            assertFalse(m.getName().startsWith("set"), "nothing to type into: " + m.getName());
        }
    }
}
