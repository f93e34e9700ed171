package org.urbanconflict.basra.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The grid of Basra: terrain and district of every cell. Cells are addressed by {@code index = row * width + col},
 * row 0 being the northern edge, so the model can keep per-cell state in flat arrays.
 */
public final class DistrictMap implements Serializable {
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

    public String name() {
        return name;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int cellCount() {
        return width * height;
    }

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

    public List<District> districts() {
        return districts;
    }

    public List<Landmark> landmarks() {
        return landmarks;
    }

    public Optional<District> district(String id) {
        return districts.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public int cell(int row, int col) {
        return row * width + col;
    }

    public int row(int cell) {
        return cell / width;
    }

    public int col(int cell) {
        return cell % width;
    }
}
