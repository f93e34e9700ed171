package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Terrain;
import org.urbanconflict.gui.Style;

/**
 * Names on the map never overlap, at the zooms the GUI uses: 0.78 is the map's scale at 1366 x 768 in presentation
 * mode (where "Ashar" used to sit under "Tamimiya" and "Bridge"), the others cover larger screens and windows. Below
 * about 0.75, presentation mode's 27 px names no longer all fit beside one another (the GUI never zooms out that far
 * on a 1366 x 768 screen or larger).
 */
class LabelPlacementTest {
    private static final FontRenderContext TEXT = new FontRenderContext(null, true, false);
    private final DistrictMap map = TestScenarios.baseline().map();

    @Test
    void noTwoNamesOverlapInPresentationModeAt1366() {
        assertNoOverlap(0.78, Style.PRESENTATION);
    }

    @Test
    void noTwoNamesOverlapAtOtherZooms() {
        for (double scale : new double[] {0.9, 1.05, 1.3}) {
            assertNoOverlap(scale, Style.PRESENTATION);
        }
        for (double scale : new double[] {0.6, 0.7, 0.9, 1.05, 1.3}) {
            assertNoOverlap(scale, Style.NORMAL);
        }
    }

    @Test
    void everyNameStandsOnItsOwnGroundAndKeepsItsSize() {
        List<LabelPlacement.Placed> placed = place(0.78, Style.PRESENTATION);
        assertEquals(map.districts().size() + 3, placed.size());
        for (LabelPlacement.Placed name : placed) {
            int cell = map.cell((int) (name.y() / cell(0.78)), (int) (name.x() / cell(0.78)));
            if (name.district()) {
                assertEquals(name.text(), MapLabels.shortName(map.districts().get(map.districtOf(cell)).name()));
                assertTrue(name.font().getSize2D() >= Style.PRESENTATION.minTextPixels(), name.text());
            } else if (name.text().equals("Shatt al-Arab")) {
                assertEquals(Terrain.RIVER, map.terrain(cell));
            } else if (name.text().equals("Highway 6")) {
                assertEquals(Terrain.HIGHWAY, map.terrain(cell));
            }
        }
    }

    @Test
    void theMovedNamesAreTheCrowdedOnes() {
        List<LabelPlacement.Placed> placed = place(1.3, Style.NORMAL);
        LabelPlacement.Placed baradiya = placed.stream().filter(p -> p.text().equals("Baradiya")).findFirst()
                .orElseThrow();
        MapLabels.Label natural = MapLabels.districts(map).stream().filter(l -> l.text().equals("Baradiya"))
                .findFirst().orElseThrow();
        assertEquals(natural.col() * cell(1.3), baradiya.x(), 1e-9, "a roomy district keeps its name at its centre");
        assertEquals(natural.row() * cell(1.3), baradiya.y(), 1e-9);
    }

    private static double cell(double scale) {
        return BattleMap.CELL * scale;
    }

    private List<LabelPlacement.Placed> place(double scale, Style style) {
        return LabelPlacement.place(map, cell(scale), cell(scale), style, TEXT);
    }

    private void assertNoOverlap(double scale, Style style) {
        List<LabelPlacement.Placed> placed = place(scale, style);
        Rectangle2D area = new Rectangle2D.Double(0, 0, map.width() * cell(scale), map.height() * cell(scale));
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            LabelPlacement.Placed a = placed.get(i);
            if (!area.contains(a.box())) {
                clashes.add(a.text() + " runs off the map");
            }
            for (int j = i + 1; j < placed.size(); j++) {
                if (a.box().intersects(placed.get(j).box())) {
                    clashes.add(a.text() + " overlaps " + placed.get(j).text());
                }
            }
        }
        assertEquals(List.of(), clashes, "at scale " + scale + " in " + (style.presentation() ? "presentation"
                : "normal") + " mode");
    }
}
