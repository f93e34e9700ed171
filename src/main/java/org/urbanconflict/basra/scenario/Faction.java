package org.urbanconflict.basra.scenario;

/** The dominant political faction of a district, as named in the map file. */
public enum Faction {
    GOVERNMENT, MAHDI, BADR, FADHILA, MIXED;

    /** The lower-case name used in map files. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
