package org.urbanconflict.core;

import java.util.List;

/**
 * A grid map divided into named regions, as the shared chart code sees it: which region and what {@link Ground} each
 * cell is, and how large a cell is. Cells are addressed by {@code index = row * width + col}, row 0 being the northern
 * edge. Every method is a lookup (no copying), so drawing a map costs one pass over its cells.
 */
public interface RegionMap {
    /** A named part of the map, e.g. a district. */
    interface Region {
        /** Position in {@link #regions()}, the number {@link #regionOf} returns. */
        int index();

        /** Stable kebab-case id, e.g. {@code five-mile}; metrics about the region are named after it. */
        String id();

        /** Display name, e.g. "Five Mile". */
        String name();
    }

    String name();

    int width();

    int height();

    default int cellCount() {
        return width() * height();
    }

    double cellSizeMeters();

    /** Index in {@link #regions()} of the cell's region, or -1 for a cell outside every region. */
    int regionOf(int cell);

    Ground ground(int cell);

    /** Every region, each at the position its {@link Region#index()} names. */
    List<? extends Region> regions();

    /** The legend's words for a kind of ground; by default {@link Ground#label()}. */
    default String groundLabel(Ground ground) {
        return ground.label();
    }

    default int cell(int row, int col) {
        return row * width() + col;
    }

    default int row(int cell) {
        return cell / width();
    }

    default int col(int cell) {
        return cell % width();
    }
}
