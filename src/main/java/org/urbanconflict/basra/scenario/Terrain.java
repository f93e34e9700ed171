package org.urbanconflict.basra.scenario;

/** What a map cell is made of. Only district cells are urban; only river cells are impassable. */
public enum Terrain {
    URBAN, RIVER, BRIDGE, HIGHWAY, OPEN;

    public boolean passable() {
        return this != RIVER;
    }

    public boolean urban() {
        return this == URBAN;
    }
}
