package org.urbanconflict.basra.gui;

import java.util.List;
import java.util.Locale;
import org.urbanconflict.basra.MilitiaCell;
import org.urbanconflict.basra.Posture;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.core.Ordered;

/**
 * What the inspector shows for a Mahdi Army cell: its fighters and arms, what it is doing this hour, where it is and
 * where it comes from, and who has held its ground. A live view over the agent.
 */
public final class MilitiaInspection implements Ordered {
    private static final int HISTORY_SHOWN = 4;

    private final ConflictModel model;
    private final ControlHistory history;
    private final MilitiaCell cell;

    public MilitiaInspection(ConflictModel model, ControlHistory history, MilitiaCell cell) {
        this.model = model;
        this.history = history;
        this.cell = cell;
    }

    public int getStrength() {
        return cell.getFighters();
    }

    public String desStrength() {
        return "Fighters alive and unwounded; it grows with recruits and government defectors.";
    }

    public int getWeapons() {
        return cell.getWeapons();
    }

    public int getMortarRounds() {
        return cell.getMortarRounds();
    }

    public int getIeds() {
        return cell.getIeds();
    }

    public String getPosture() {
        return posture(cell.getPosture());
    }

    public String desPosture() {
        return "What the cell is doing: defending its ground, ambushing, raiding, firing mortars, sabotaging, or "
                + "stood down after the ceasefire.";
    }

    public String getDistrict() {
        return model.placeName(cell.getCell());
    }

    public String getHomeDistrict() {
        return model.territory().map().districts().get(cell.getHomeDistrict()).name();
    }

    public String getControlHistory() {
        return history.describe(cell.getCell(), model.clock(), HISTORY_SHOWN);
    }

    public String desControlHistory() {
        return "Who has held the block the cell is in, and since when.";
    }

    /** A posture as words: "indirect fire", "stood down". */
    public static String posture(Posture posture) {
        return posture.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Strength", "Weapons", "MortarRounds", "Ieds", "Posture", "District", "HomeDistrict",
                "ControlHistory");
    }

    @Override
    public String toString() {
        return "Militia cell " + cell.getId();
    }
}
