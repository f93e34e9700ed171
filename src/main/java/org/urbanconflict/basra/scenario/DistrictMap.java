package org.urbanconflict.basra.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.urbanconflict.core.Ground;
import org.urbanconflict.core.RegionMap;

/**
 * The grid of Basra: terrain and district of every cell. Cells are addressed by {@code index = row * width + col},
 * row 0 being the northern edge, so the model can keep per-cell state in flat arrays. As a {@link RegionMap} its
 * regions are the districts and each terrain its {@link Ground}, which is all the shared charts see of Basra.
 */
public final class DistrictMap implements RegionMap, Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int width;
    private final int height;
    private final double cellSizeMeters;
    private final Terrain[] terrain;
    private final int[] districtOfCell;
    private final List<District> districts;
    private final List<Landmark> landmarks;

    /**
     * @param districtOfCell per cell, the index into {@code districts}, or -1 for a cell outside every district
     */
    public DistrictMap(String name, int width, int height, double cellSizeMeters, Terrain[] terrain,
            int[] districtOfCell, List<District> districts, List<Landmark> landmarks) {
        if (terrain.length != width * height || districtOfCell.length != width * height) {
            throw new IllegalArgumentException("map arrays must have width*height = " + width * height + " cells");
        }
        this.name = name;
        this.width = width;
        this.height = height;
        this.cellSizeMeters = cellSizeMeters;
        this.terrain = terrain.clone();
        this.districtOfCell = districtOfCell.clone();
        this.districts = List.copyOf(districts);
        this.landmarks = List.copyOf(landmarks);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int cellCount() {
        return width * height;
    }

    @Override
    public double cellSizeMeters() {
        return cellSizeMeters;
    }

    public Terrain terrain(int cell) {
        return terrain[cell];
    }

    /** Index of the cell's district, or -1. */
    public int districtOf(int cell) {
        return districtOfCell[cell];
    }

    @Override
    public int regionOf(int cell) {
        return districtOfCell[cell];
    }

    @Override
    public Ground ground(int cell) {
        return terrain[cell].ground();
    }

    public List<District> districts() {
        return districts;
    }

    /** The districts, the same list as {@link #districts()}. */
    @Override
    public List<District> regions() {
        return districts;
    }

    /** The words of the terrain drawn as this ground, e.g. "River (impassable)" for water. */
    @Override
    public String groundLabel(Ground ground) {
        for (Terrain t : Terrain.values()) {
            if (t.ground() == ground) {
                return t.label();
            }
        }
        return ground.label();
    }

    public List<Landmark> landmarks() {
        return landmarks;
    }

    public Optional<District> district(String id) {
        return districts.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public int cell(int row, int col) {
        return row * width + col;
    }

    @Override
    public int row(int cell) {
        return cell / width;
    }

    @Override
    public int col(int cell) {
        return cell % width;
    }
}
