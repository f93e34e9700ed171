package org.urbanconflict.epstein.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.epstein.EpsteinModel;
import org.urbanconflict.epstein.EpsteinScenario;
import org.urbanconflict.epstein.EpsteinScenarioLoader;
import org.urbanconflict.basra.gui.Palette;

/** What the Epstein display shows, checked headless: every agent drawn once, in a colour of its own state. */
class EpsteinViewTest {
    private static final EpsteinScenario RUN_2 = EpsteinScenarioLoader.load(
            Path.of("scenarios/epstein/run-2-punctuated.json"));

    @Test
    void theViewShowsEveryFreeCitizenAndCopOnceAndJailedOnlyWhereArrested() {
        EpsteinModel model = EpsteinModel.create(RUN_2, 7);
        model.start();
        LatticeView view = new LatticeView();
        int jailedSeen = 0;
        for (int step = 0; step < 60; step++) {
            model.schedule.step(model);
            view.refresh(model);
            assertEquals(model.width(), view.grid().getWidth());
            assertEquals(model.quietCount(), view.count(EpsteinPalette.QUIET), "step " + step);
            assertEquals(model.activeCount(), view.count(EpsteinPalette.ACTIVE), "step " + step);
            assertEquals(model.copCount(), view.count(EpsteinPalette.COP), "step " + step);
            int jailedCells = view.count(EpsteinPalette.JAILED);
            assertTrue(jailedCells <= model.jailedCount(), "step " + step);
            Set<Integer> arrestCells = new HashSet<>();
            for (int k = 0; k < model.jailedCount(); k++) {
                arrestCells.add(model.jailedArrestCell(k));
            }
            for (int x = 0; x < model.width(); x++) {
                for (int y = 0; y < model.height(); y++) {
                    if (view.grid().field[x][y] == EpsteinPalette.JAILED) {
                        assertTrue(arrestCells.contains(y * model.width() + x), "grey cell with no arrest at " + x
                                + "," + y);
                        assertEquals(0, model.kindAt(x, y), "a jailed mark hides an agent at " + x + "," + y);
                    }
                }
            }
            jailedSeen = Math.max(jailedSeen, jailedCells);
        }
        assertTrue(jailedSeen > 0, "run 2 arrests citizens within 60 steps, so the grey marks were exercised");
    }

    @Test
    void everyStateHasItsOwnColourAndLabel() {
        Set<Integer> colours = new HashSet<>();
        for (int rgb : EpsteinPalette.COLOURS) {
            assertTrue(colours.add(rgb), String.format("%06x used twice", rgb));
        }
        assertEquals(EpsteinPalette.COLOURS.length, EpsteinPalette.NAMES.size());
        assertEquals(EpsteinPalette.COLOURS.length, EpsteinPalette.LABELS.size());
        int[] codes = {EpsteinPalette.QUIET, EpsteinPalette.ACTIVE, EpsteinPalette.COP};
        for (int i = 0; i < codes.length; i++) {
            for (int j = i + 1; j < codes.length; j++) {
                double contrast = Palette.contrast(EpsteinPalette.COLOURS[codes[i]], EpsteinPalette.COLOURS[codes[j]]);
                assertTrue(contrast > 1.4, EpsteinPalette.NAMES.get(codes[i]) + " and "
                        + EpsteinPalette.NAMES.get(codes[j]) + " have a contrast of only " + contrast
                        + ", too little for colour-blind viewers");
            }
        }
        int paper = EpsteinPalette.COLOURS[EpsteinPalette.EMPTY];
        double mark = Palette.contrast(EpsteinPalette.COLOURS[EpsteinPalette.JAILED], paper);
        assertTrue(mark > 1.1, "arrest sites must still show on the paper: " + mark);
        for (int code : codes) {
            assertTrue(mark < Palette.contrast(EpsteinPalette.COLOURS[code], paper), "an arrest site is a faint mark,"
                    + " not a population: it must stand out from empty paper less than " + EpsteinPalette.NAMES
                    .get(code) + " does (issue 14, finding 12)");
        }
    }
}
