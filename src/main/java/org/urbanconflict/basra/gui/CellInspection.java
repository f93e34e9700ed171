package org.urbanconflict.basra.gui;

import java.util.List;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.core.Ordered;

/**
 * What the inspector shows for a map cell (a 300 m block): where it is, who holds it and since when, who is in it
 * and how its residents fare. A live view: every getter reads the model, so the inspector follows the battle.
 */
public final class CellInspection implements Ordered {
    private static final int HISTORY_SHOWN = 6;

    private final ConflictModel model;
    private final ControlHistory history;
    private final int cell;

    public CellInspection(ConflictModel model, ControlHistory history, int cell) {
        this.model = model;
        this.history = history;
        this.cell = cell;
    }

    private DistrictMap map() {
        return model.territory().map();
    }

    public String getDistrict() {
        return model.placeName(cell);
    }

    public String getTerrain() {
        return switch (map().terrain(cell)) {
            case URBAN -> "built-up";
            case OPEN -> "open ground";
            case HIGHWAY -> "Highway 6";
            case RIVER -> "Shatt al-Arab";
            case BRIDGE -> "bridge";
        };
    }

    public String getControl() {
        return ControlHistory.name(model.territory().control(cell));
    }

    public String getControlHistory() {
        return history.describe(cell, model.clock(), HISTORY_SHOWN);
    }

    public String desControlHistory() {
        return "Who held this block and from when, as the GUI saw it hour by hour.";
    }

    public int getGovernmentPersonnel() {
        return model.territory().governmentPersonnel(cell);
    }

    public int getMilitiaFighters() {
        return model.territory().militiaFighters(cell);
    }

    public long getResidents() {
        return model.civilians().present(cell);
    }

    public String desResidents() {
        return "Residents still at home and unharmed.";
    }

    public long getResidentsAtStart() {
        return model.civilians().initial(cell);
    }

    public double getSympathyForGovernment() {
        return Math.round(model.civilians().sympathy(cell) * 100) / 100.0;
    }

    public String desSympathyForGovernment() {
        return "Residents' sympathy for the government (0 to 1); the rest sympathise with the militia, which recruits"
                + " from them. Collateral harm lowers it.";
    }

    public String getGridPosition() {
        return "row " + map().row(cell) + ", column " + map().col(cell);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("District", "Terrain", "Control", "ControlHistory", "GovernmentPersonnel", "MilitiaFighters",
                "Residents", "ResidentsAtStart", "SympathyForGovernment", "GridPosition");
    }

    @Override
    public String toString() {
        return getDistrict() + " block (" + getGridPosition() + ")";
    }
}
