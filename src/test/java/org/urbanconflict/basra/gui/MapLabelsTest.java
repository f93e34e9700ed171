package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Terrain;

/** District names land inside their districts; long names are shortened, narrow districts are labelled upright. */
class MapLabelsTest {
    private final DistrictMap map = TestScenarios.baseline().map();

    @Test
    void everyDistrictIsNamedInsideItself() {
        List<MapLabels.Label> labels = MapLabels.districts(map);
        assertEquals(map.districts().size(), labels.size());
        for (int i = 0; i < labels.size(); i++) {
            MapLabels.Label label = labels.get(i);
            int cell = map.cell((int) label.row(), (int) label.col());
            assertEquals(i, map.districtOf(cell), label.text() + " is placed outside its district");
        }
    }

    @Test
    void namesAreShortAndNarrowDistrictsUpright() {
        MapLabels.Label fiveMile = MapLabels.districts(map).stream()
                .filter(l -> l.text().equals("Five Mile")).findFirst().orElseThrow();
        assertTrue(fiveMile.upright());
        assertEquals("Hayaniya", MapLabels.shortName("Hayaniya (Hay al-Husayn)"));
        assertTrue(MapLabels.districts(map).stream().anyMatch(MapLabels.Label::stronghold));
    }

    @Test
    void riverHighwayAndBridgeAreLabelledOnThemselves() {
        for (Terrain t : new Terrain[] {Terrain.RIVER, Terrain.HIGHWAY, Terrain.BRIDGE}) {
            MapLabels.Label label = MapLabels.terrain(map, t, t.name());
            assertNotNull(label, t.name());
            assertEquals(t, map.terrain(map.cell((int) label.row(), (int) label.col())));
        }
    }
}
