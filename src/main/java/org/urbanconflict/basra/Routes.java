package org.urbanconflict.basra;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.basra.scenario.DistrictMap;

/**
 * The fixed part of the government's routes, which depends only on the map, the objectives and the staging districts:
 * the passable 8-neighbours of every cell, the distance field to the staging districts, and per objective its urban
 * cells, its approach field and the region (district plus a ring of {@value OffensivePlanner#RING} cells) its live
 * field covers. Immutable, so every run of a scenario shares one copy: building it took a few breadth-first searches
 * over the whole grid and a third of a run's allocations. A small cache keeps the last few.
 */
final class Routes implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int UNREACHABLE = Integer.MAX_VALUE;
    /** Enough for the scenarios a GUI session switches between; each entry is a few hundred kilobytes. */
    private static final int CACHED = 8;
    private static final Map<Key, Routes> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Routes> eldest) {
            return size() > CACHED;
        }
    };

    /** A map (by identity: maps are immutable and shared) with the district lists the routes lead to. */
    private record Key(DistrictMap map, List<String> objectives, List<String> staging) {
    }

    final DistrictMap map;
    final int[] objectiveDistricts;
    /** Passable 8-neighbours of every cell, flattened: neighbours of c are {@code neighbours[start[c]..start[c+1])}. */
    final int[] neighbours;
    final int[] start;
    /** Urban cells of each objective district, the only candidate sources of its live field. */
    final int[][] objectiveCells;
    /** Fixed distance to each objective district, for units outside its live field. */
    final int[][] approachField;
    /** Per objective, whether a cell lies in the district or its ring, and the list of those cells. */
    final boolean[][] inRegion;
    final int[][] regionCells;
    final int[] stagingField;

    /** The routes for these districts on this map, built once and then shared. */
    static Routes of(DistrictMap map, List<String> objectives, List<String> staging) {
        Key key = new Key(map, List.copyOf(objectives), List.copyOf(staging));
        synchronized (CACHE) {
            Routes cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Routes built = new Routes(map, key.objectives(), key.staging());
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(key, k -> built);
        }
    }

    private Routes(DistrictMap map, List<String> objectives, List<String> staging) {
        this.map = map;
        int n = map.cellCount();
        objectiveDistricts = objectives.stream().mapToInt(id -> districtIndex(map, id)).toArray();
        start = new int[n + 1];
        int[] scratch = new int[8 * n];
        int k = 0;
        int w = map.width();
        for (int c = 0; c < n; c++) {
            start[c] = k;
            int row = c / w;
            int col = c % w;
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    int r = row + dr;
                    int q = col + dc;
                    if ((dr | dc) != 0 && r >= 0 && q >= 0 && r < map.height() && q < w
                            && map.terrain(r * w + q).passable()) {
                        scratch[k++] = r * w + q;
                    }
                }
            }
        }
        start[n] = k;
        neighbours = Arrays.copyOf(scratch, k);
        int[] queue = new int[n];
        objectiveCells = new int[objectiveDistricts.length][];
        approachField = new int[objectiveDistricts.length][n];
        inRegion = new boolean[objectiveDistricts.length][n];
        regionCells = new int[objectiveDistricts.length][];
        for (int i = 0; i < objectiveDistricts.length; i++) {
            int d = objectiveDistricts[i];
            objectiveCells[i] = java.util.stream.IntStream.range(0, n).filter(c -> map.districtOf(c) == d).toArray();
            Arrays.fill(approachField[i], UNREACHABLE);
            fill(approachField[i], objectiveCells[i], null, null, queue);
            int[] approach = approachField[i];
            regionCells[i] = java.util.stream.IntStream.range(0, n).filter(c -> approach[c] <= OffensivePlanner.RING)
                    .toArray();
            for (int c : regionCells[i]) {
                inRegion[i][c] = true;
            }
        }
        int[] stagingDistricts = staging.stream().mapToInt(id -> districtIndex(map, id)).toArray();
        int[] stagingCells = java.util.stream.IntStream.range(0, n)
                .filter(c -> Arrays.stream(stagingDistricts).anyMatch(s -> s == map.districtOf(c))).toArray();
        stagingField = new int[n];
        Arrays.fill(stagingField, UNREACHABLE);
        fill(stagingField, stagingCells, null, null, queue);
    }

    private static int districtIndex(DistrictMap map, String id) {
        return map.district(id).orElseThrow(() -> new IllegalArgumentException("no district '" + id + "' on the map"))
                .index();
    }

    /**
     * Multi-source breadth-first search from {@code candidates} (all of them, or, given {@code control}, those not
     * under government control) over the passable cells, or only those in {@code region} when one is given. The
     * field must hold {@link #UNREACHABLE} wherever the search may go; {@code queue} is scratch space, a cell long.
     */
    void fill(int[] field, int[] candidates, byte[] control, boolean[] region, int[] queue) {
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
}
