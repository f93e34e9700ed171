package org.urbanconflict.core;

/**
 * What a map cell is made of, in the few kinds the shared charts colour differently. A model maps its own terrain
 * onto these (Basra's river is {@link #WATER}, its bridges {@link #CROSSING}), so chart code needs no model's enum.
 */
public enum Ground {
    /** Built-up ground: the only kind shaded by its region's value. */
    BUILT_UP("Built-up area"),
    WATER("Water"),
    /** A way over water, e.g. a bridge. */
    CROSSING("Crossing"),
    ROAD("Road"),
    OPEN("Open ground");

    private final String label;

    Ground(String label) {
        this.label = label;
    }

    /** A model-neutral legend label; {@link RegionMap#groundLabel} lets a map use its own words. */
    public String label() {
        return label;
    }
}
