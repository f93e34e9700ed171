package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.Control;
import org.urbanconflict.basra.EventKind;
import org.urbanconflict.basra.scenario.Terrain;
import org.urbanconflict.basra.params.UnitType;

/** The colour mapping of the map, the legend and the charts: distinct where it must be, readable where it matters. */
class PaletteTest {
    @Test
    void builtUpCellsShowControlAndOtherCellsShowTerrain() {
        assertEquals(Palette.GOVERNMENT, Palette.mapCode(Terrain.URBAN, Control.GOVERNMENT));
        assertEquals(Palette.MILITIA, Palette.mapCode(Terrain.URBAN, Control.MILITIA));
        assertEquals(Palette.CONTESTED, Palette.mapCode(Terrain.URBAN, Control.CONTESTED));
        for (Control c : Control.values()) {
            assertEquals(Palette.RIVER, Palette.mapCode(Terrain.RIVER, c));
            assertEquals(Palette.BRIDGE, Palette.mapCode(Terrain.BRIDGE, c));
            assertEquals(Palette.HIGHWAY, Palette.mapCode(Terrain.HIGHWAY, c));
            assertEquals(Palette.OPEN, Palette.mapCode(Terrain.OPEN, c));
        }
    }

    @Test
    void everyMapCodeHasItsOwnColour() {
        Set<Integer> colours = new HashSet<>();
        for (int rgb : Palette.MAP_COLOURS) {
            assertTrue(colours.add(rgb), String.format("%06x used twice", rgb));
        }
        for (Terrain t : Terrain.values()) {
            for (Control c : Control.values()) {
                int code = Palette.mapCode(t, c);
                assertTrue(code >= 0 && code < Palette.MAP_COLOURS.length);
            }
        }
    }

    @Test
    void controlColoursDifferInLightnessNotOnlyHue() {
        int gov = Palette.control(Control.GOVERNMENT);
        int mil = Palette.control(Control.MILITIA);
        int con = Palette.control(Control.CONTESTED);
        assertTrue(Palette.contrast(gov, mil) > 1.5, "government and militia too alike in lightness");
        assertTrue(Palette.contrast(mil, con) > 1.5, "militia and contested too alike in lightness");
        assertTrue(Palette.contrast(gov, con) > 1.2, "government and contested too alike in lightness");
    }

    @Test
    void riverCannotBeMistakenForGovernmentBlue() {
        assertTrue(Palette.contrast(Palette.MAP_COLOURS[Palette.RIVER], Palette.control(Control.GOVERNMENT)) > 3);
    }

    @Test
    void namesAndSymbolsStandOutFromWhatTheyAreDrawnOn() {
        assertTrue(Palette.contrast(Palette.LABEL_TEXT, Palette.LABEL_HALO) > 12);
        for (UnitType type : UnitType.values()) {
            assertTrue(Palette.contrast(Palette.unitFill(type, false), Palette.UNIT_OUTLINE) > 3, type.name());
        }
        assertTrue(Palette.contrast(Palette.MILITIA_FILL, Palette.MILITIA_OUTLINE) > 7);
        assertTrue(Palette.contrast(Palette.INK, Palette.PANEL) > 12, "legend text on the legend panel");
        assertNotEquals(Palette.unitFill(UnitType.ARMY, false), Palette.unitFill(UnitType.ARMY, true),
                "a refusing unit must look different");
    }

    @Test
    void phasesAndEventKindsHaveColours() {
        Set<Integer> phases = new HashSet<>();
        for (String phase : new String[] {"offensive", "ultimatum", "mediation", "ceasefire", "clearance"}) {
            phases.add(Palette.phase(phase));
            assertTrue(Palette.contrast(Palette.phase(phase), 0xFFFFFF) > 4.5, phase + " badge text unreadable");
        }
        assertEquals(5, phases.size());
        for (EventKind kind : EventKind.values()) {
            assertTrue(Palette.contrast(Palette.event(kind), 0xFFFFFF) >= 4.5, kind + " tag text unreadable");
        }
    }

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, Palette.contrast(0x000000, 0xFFFFFF), 0.01);
        assertEquals(1.0, Palette.contrast(0x7DB3E8, 0x7DB3E8), 1e-9);
    }
}
