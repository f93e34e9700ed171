package org.urbanconflict.basra.gui;

import java.awt.Color;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;
import sim.util.gui.SimpleColorMap;

/**
 * The city's blocks, coloured by who holds them (built-up cells) or by terrain (river, bridge, Highway 6, open
 * ground). MASON's fast grid portrayal draws them; clicking a block inspects it, with its control history.
 */
final class ControlLayer extends FastValueGridPortrayal2D {
    private final MapState state;

    ControlLayer(MapState state) {
        super("Control");
        this.state = state;
        Color[] table = new Color[Palette.MAP_COLOURS.length];
        for (int i = 0; i < table.length; i++) {
            table[i] = Drawing.colour(Palette.MAP_COLOURS[i]);
        }
        setMap(new SimpleColorMap(table));
    }

    /** Points the portrayal at the current grid, which is replaced when a scenario brings a map of another size. */
    void bind() {
        setField(state.cells());
    }

    private int cellOf(LocationWrapper wrapper) {
        Int2D at = (Int2D) wrapper.getLocation();
        DistrictMap map = state.model().territory().map();
        return map.cell(at.y, at.x);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        if (wrapper == null || state.model() == null) {
            return null;
        }
        return Inspectors.of(new CellInspection(state.model(), state.history(), cellOf(wrapper)), gui);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        if (wrapper == null || state.model() == null) {
            return "";
        }
        return new CellInspection(state.model(), state.history(), cellOf(wrapper)).toString();
    }
}
