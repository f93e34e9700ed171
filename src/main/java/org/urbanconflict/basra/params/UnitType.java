package org.urbanconflict.basra.params;

/**
 * The government unit types. Their JSON names are the keys of {@code government.types} in a scenario file;
 * the order here is the column order of every per-type metric.
 */
public enum UnitType {
    LOCAL_POLICE("localPolice", "local_police"),
    ARMY("army", "army"),
    NEW_ARMY("newArmy", "new_army"),
    NATIONAL_POLICE("nationalPolice", "national_police"),
    SPECIAL_FORCES("specialForces", "special_forces");

    private final String jsonName;
    private final String metricSuffix;

    UnitType(String jsonName, String metricSuffix) {
        this.jsonName = jsonName;
        this.metricSuffix = metricSuffix;
    }

    /** The key used in scenario files, e.g. {@code localPolice}. */
    public String jsonName() {
        return jsonName;
    }

    /** The snake_case suffix used in metric names, e.g. {@code local_police}. */
    public String metricSuffix() {
        return metricSuffix;
    }

    /** The type's name as people say it, for tooltips, menus and tab titles. */
    public String label() {
        return switch (this) {
            case LOCAL_POLICE -> "Local police";
            case ARMY -> "Established army";
            case NEW_ARMY -> "New army units";
            case NATIONAL_POLICE -> "National Police";
            case SPECIAL_FORCES -> "Special forces";
        };
    }

    /** Looks a type up by its scenario-file key; throws with the allowed names if there is none. */
    public static UnitType fromJsonName(String name) {
        for (UnitType type : values()) {
            if (type.jsonName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown unit type '" + name
                + "'; allowed: localPolice, army, newArmy, nationalPolice, specialForces");
    }
}
