package org.urbanconflict.basra.gui;

import java.util.List;
import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.Role;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.core.Ordered;

/**
 * What the inspector shows for a government unit: the agent's own state in words a student reads at a glance
 * (strength, morale, infiltration, whether it still fights), plus where it is and who has held that ground. A live
 * view over the agent; the unit itself stays as the model defines it.
 */
public final class UnitInspection implements Ordered {
    private static final int HISTORY_SHOWN = 4;

    private final ConflictModel model;
    private final ControlHistory history;
    private final GovernmentUnit unit;

    public UnitInspection(ConflictModel model, ControlHistory history, GovernmentUnit unit) {
        this.model = model;
        this.history = history;
        this.unit = unit;
    }

    public String getType() {
        String kind = kind(unit.getType());
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** The type as it names one unit: "new army" in "new army unit 274". */
    static String kind(UnitType type) {
        return switch (type) {
            case LOCAL_POLICE -> "local police";
            case ARMY -> "army";
            case NEW_ARMY -> "new army";
            case NATIONAL_POLICE -> "National Police";
            case SPECIAL_FORCES -> "special forces";
        };
    }

    public String getRole() {
        return unit.getRole() == Role.ASSAULT ? "assault" : "garrison";
    }

    public String getStatus() {
        if (!unit.isArrived()) {
            return "not yet arrived";
        }
        if (unit.getActive() == 0) {
            return "gone (no one left)";
        }
        if (unit.isRefusing()) {
            return "refusing to fight";
        }
        return unit.getRefused() > 0 ? "fighting (" + unit.getRefused() + " of its members refused)" : "fighting";
    }

    public int getStrength() {
        return unit.getActive();
    }

    public String desStrength() {
        return "Personnel still in the unit (killed, wounded, deserters and defectors have left it).";
    }

    public double getMorale() {
        return Math.round(unit.getMorale() * 100) / 100.0;
    }

    public String desMorale() {
        return "Morale from 0 (broken) to 1; it falls with losses and when neighbours break, and recovers in quiet.";
    }

    public double getTraining() {
        return unit.getTraining();
    }

    public double getInfiltration() {
        return unit.getInfiltration();
    }

    public String desInfiltration() {
        return "Share of the unit loyal to the militia: they leave with their weapons if the unit defects.";
    }

    public String getDistrict() {
        return model.placeName(unit.getCell());
    }

    public String getObjective() {
        if (unit.getRole() != Role.ASSAULT) {
            return "holds its station";
        }
        int d = unit.getObjective();
        return d < 0 ? "none left" : model.territory().map().districts().get(d).name();
    }

    public String getControlHistory() {
        return history.describe(unit.getCell(), model.clock(), HISTORY_SHOWN);
    }

    public String desControlHistory() {
        return "Who has held the block the unit is in, and since when.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Type", "Role", "Status", "Strength", "Morale", "Training", "Infiltration", "District",
                "Objective", "ControlHistory");
    }

    @Override
    public String toString() {
        return getType() + " unit " + unit.getId();
    }
}
