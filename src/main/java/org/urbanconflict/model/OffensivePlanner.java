package org.urbanconflict.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.urbanconflict.scenario.DistrictMap;

/**
 * Routes for the government: distance fields over passable cells (8-neighbour, river impassable but bridges open).
 * Two fields are fixed: to the staging districts, and to each objective district (the approach). Each objective also
 * has a live field leading to its cells not yet under government control, rebuilt in an hour when its district
 * changed hands; that breadth-first search is confined to the district and a ring of {@value #RING} cells around
 * it (about 200 cells instead of the whole grid), and a unit outside the ring follows the approach field instead.
 * Taken objectives are not rebuilt, since no unit heads for them. All in preallocated arrays, with no allocation.
 */
public final class OffensivePlanner implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int UNREACHABLE = Integer.MAX_VALUE;
    /** Width, in cells, of the ring around an objective district covered by its live field. */
    static final int RING = 2;

    private final DistrictMap map;
    private final int[] objectiveDistricts;
    private final int[][] objectiveField;
    private final int[] stagingField;
    private final int[] queue;
    private final boolean[] taken;
    /** Passable 8-neighbours of every cell, flattened: neighbours of c are {@code neighbours[start[c]..start[c+1])}. */
    private final int[] neighbours;
    private final int[] start;
    /** Urban cells of each objective district, the only candidate sources of its field. */
    private final int[][] objectiveCells;
    /** Fixed distance to each objective district, for units outside its live field. */
    private final int[][] approachField;
    /** Per objective, whether a cell lies in the district or its ring, and the list of those cells. */
    private final boolean[][] inRegion;
    private final int[][] regionCells;

    public OffensivePlanner(DistrictMap map, List<String> objectives, List<String> staging) {
        this.map = map;
        int n = map.cellCount();
        objectiveDistricts = objectives.stream().mapToInt(id -> districtIndex(map, id)).toArray();
        objectiveField = new int[objectiveDistricts.length][n];
        taken = new boolean[objectiveDistricts.length];
        stagingField = new int[n];
        queue = new int[n];
        start = new int[n + 1];
        int[] scratch = new int[8 * n];
        int k = 0;
        for (int c = 0; c < n; c++) {
            start[c] = k;
            for (int next : adjacent(map, c)) {
                if (map.terrain(next).passable()) {
                    scratch[k++] = next;
                }
            }
        }
        start[n] = k;
        neighbours = Arrays.copyOf(scratch, k);
        objectiveCells = new int[objectiveDistricts.length][];
        approachField = new int[objectiveDistricts.length][n];
        inRegion = new boolean[objectiveDistricts.length][n];
        regionCells = new int[objectiveDistricts.length][];
        for (int i = 0; i < objectiveDistricts.length; i++) {
            int d = objectiveDistricts[i];
            objectiveCells[i] = java.util.stream.IntStream.range(0, n).filter(c -> map.districtOf(c) == d).toArray();
            fill(approachField[i], objectiveCells[i], null, null);
            int[] approach = approachField[i];
            boolean[] region = inRegion[i];
            regionCells[i] = java.util.stream.IntStream.range(0, n).filter(c -> approach[c] <= RING).toArray();
            for (int c : regionCells[i]) {
                region[c] = true;
            }
            Arrays.fill(objectiveField[i], UNREACHABLE);
        }
        int[] stagingDistricts = staging.stream().mapToInt(id -> districtIndex(map, id)).toArray();
        int[] stagingCells = java.util.stream.IntStream.range(0, n)
                .filter(c -> contains(stagingDistricts, map.districtOf(c))).toArray();
        fill(stagingField, stagingCells, null, null);
    }

    private static int districtIndex(DistrictMap map, String id) {
        return map.district(id).orElseThrow(() -> new IllegalArgumentException("no district '" + id + "' on the map"))
                .index();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] adjacent(DistrictMap map, int cell) {
        int w = map.width();
        int row = cell / w;
        int col = cell % w;
        int[] out = new int[8];
        int k = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int r = row + dr;
                int c = col + dc;
                if ((dr | dc) != 0 && r >= 0 && c >= 0 && r < map.height() && c < w) {
                    out[k++] = r * w + c;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Marks taken objectives and rebuilds the live field of each open objective whose district changed hands since
     * its last rebuild ({@code changed[d]}, cleared when rebuilt; a taken district keeps its flag until reopened).
     */
    void update(Territory territory, boolean[] districtTaken, boolean[] changed) {
        for (int k = 0; k < objectiveDistricts.length; k++) {
            int d = objectiveDistricts[k];
            taken[k] = districtTaken[d];
            if (changed[d] && !taken[k]) {
                for (int c : regionCells[k]) {
                    objectiveField[k][c] = UNREACHABLE;
                }
                fill(objectiveField[k], objectiveCells[k], territory.control, inRegion[k]);
                changed[d] = false;
            }
        }
    }

    /**
     * Multi-source breadth-first search from {@code candidates} (all of them, or, given {@code control}, those not
     * under government control) over the passable cells, or only those in {@code region} when one is given. The
     * field must hold {@link #UNREACHABLE} wherever the search may go.
     */
    private void fill(int[] field, int[] candidates, byte[] control, boolean[] region) {
        if (region == null) {
            Arrays.fill(field, UNREACHABLE);
        }
        int head = 0;
        int tail = 0;
        for (int c : candidates) {
            if (control == null || control[c] != Control.GOVERNMENT.code()) {
                field[c] = 0;
                queue[tail++] = c;
            }
        }
        while (head < tail) {
            int c = queue[head++];
            int distance = field[c] + 1;
            for (int i = start[c]; i < start[c + 1]; i++) {
                int next = neighbours[i];
                if (field[next] == UNREACHABLE && (region == null || region[next])) {
                    field[next] = distance;
                    queue[tail++] = next;
                }
            }
        }
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
        return objectiveDistricts.length;
    }

    public int stepTowardObjective(int objective, int cell) {
        int[] live = objectiveField[objective];
        return live[cell] != UNREACHABLE ? downhill(live, cell) : downhill(approachField[objective], cell);
    }

    public int stepTowardStaging(int cell) {
        return downhill(stagingField, cell);
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
