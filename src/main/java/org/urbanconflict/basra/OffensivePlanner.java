package org.urbanconflict.basra;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.urbanconflict.basra.scenario.DistrictMap;

/**
 * Routes for the government: distance fields over passable cells (8-neighbour, river impassable but bridges open).
 * Two fields are fixed and shared by every run ({@link Routes}): to the staging districts, and to each objective
 * district (the approach). Each objective also has a live field leading to its cells not yet under government
 * control, rebuilt in an hour when its district changed hands; that breadth-first search is confined to the district
 * and a ring of {@value #RING} cells around it (about 200 cells instead of the whole grid), and a unit outside the
 * ring follows the approach field instead. Taken objectives are not rebuilt, since no unit heads for them. All in
 * preallocated arrays, with no allocation.
 */
public final class OffensivePlanner implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int UNREACHABLE = Routes.UNREACHABLE;
    /** Width, in cells, of the ring around an objective district covered by its live field. */
    static final int RING = 2;

    private final Routes routes;
    private final DistrictMap map;
    private final int[][] objectiveField;
    private final int[] queue;
    private final boolean[] taken;
    /** Objectives whose live field is rebuilt even while taken: cleared districts that units hold in April. */
    private final boolean[] held;

    public OffensivePlanner(DistrictMap map, List<String> objectives, List<String> staging) {
        this.routes = Routes.of(map, objectives, staging);
        this.map = map;
        int n = map.cellCount();
        objectiveField = new int[routes.objectiveDistricts.length][n];
        for (int[] field : objectiveField) {
            Arrays.fill(field, UNREACHABLE);
        }
        taken = new boolean[routes.objectiveDistricts.length];
        held = new boolean[routes.objectiveDistricts.length];
        queue = new int[n];
    }

    /**
     * Marks taken objectives and rebuilds the live field of each open objective whose district changed hands since
     * its last rebuild ({@code changed[d]}, cleared when rebuilt; a taken district keeps its flag until reopened).
     */
    void update(Territory territory, boolean[] districtTaken, boolean[] changed) {
        for (int k = 0; k < routes.objectiveDistricts.length; k++) {
            int d = routes.objectiveDistricts[k];
            taken[k] = districtTaken[d];
            if (changed[d] && (!taken[k] || held[k])) {
                for (int c : routes.regionCells[k]) {
                    objectiveField[k][c] = UNREACHABLE;
                }
                routes.fill(objectiveField[k], routes.objectiveCells[k], territory.control, routes.inRegion[k], queue);
                changed[d] = false;
            }
        }
    }

    /**
     * Keeps objective {@code objective}'s live field up to date even while the district is taken, so the units
     * holding it head for the blocks that slip back (the April clearance); costs one confined search per change.
     */
    void keepFresh(int objective) {
        held[objective] = true;
    }

    /** The unit's objective if still open, else the next open one in the list (cycling); -1 when all are taken. */
    public int currentObjective(int objective) {
        for (int i = 0; i < taken.length; i++) {
            int k = (objective + i) % taken.length;
            if (!taken[k]) {
                return k;
            }
        }
        return -1;
    }

    public int objectiveCount() {
        return routes.objectiveDistricts.length;
    }

    public int stepTowardObjective(int objective, int cell) {
        int[] live = objectiveField[objective];
        return live[cell] != UNREACHABLE ? downhill(live, cell) : downhill(routes.approachField[objective], cell);
    }

    public int stepTowardStaging(int cell) {
        return downhill(routes.stagingField, cell);
    }

    private int downhill(int[] field, int cell) {
        int w = map.width();
        int h = map.height();
        int row = cell / w;
        int col = cell % w;
        int best = cell;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int r = row + dr;
                int k = col + dc;
                if (r >= 0 && k >= 0 && r < h && k < w && field[r * w + k] < field[best]) {
                    best = r * w + k;
                }
            }
        }
        return best;
    }

    /** One greedy step toward a target cell over passable ground (for short militia moves). */
    public int stepToward(int cell, int target) {
        if (cell == target) {
            return cell;
        }
        int w = map.width();
        int row = cell / w;
        int col = cell % w;
        int r = row + Integer.signum(target / w - row);
        int k = col + Integer.signum(target % w - col);
        int next = r * w + k;
        return map.terrain(next).passable() ? next : cell;
    }
}
