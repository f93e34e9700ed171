package org.urbanconflict.basra.scenario;

import org.urbanconflict.core.Ground;

/**
 * What a map cell is made of. Only district cells are urban; only river cells are impassable. Each terrain is one
 * {@link Ground} kind for the shared charts, with the words their legend uses for it.
 */
public enum Terrain {
    URBAN(Ground.BUILT_UP, "Urban"),
    RIVER(Ground.WATER, "River (impassable)"),
    BRIDGE(Ground.CROSSING, "Bridge"),
    HIGHWAY(Ground.ROAD, "Highway"),
    OPEN(Ground.OPEN, "Open ground");

    private final Ground ground;
    private final String label;

    Terrain(Ground ground, String label) {
        this.ground = ground;
        this.label = label;
    }

    public boolean passable() {
        return this != RIVER;
    }

    public boolean urban() {
        return this == URBAN;
    }

    public Ground ground() {
        return ground;
    }

    /** Legend label, e.g. "River (impassable)". */
    public String label() {
        return label;
    }
}
