package org.urbanconflict.epstein.gui;

import org.urbanconflict.epstein.EpsteinModel;
import sim.field.grid.IntGrid2D;

/**
 * The grid the display draws: one {@link EpsteinPalette} code per cell, copied from the model after each step.
 * Jailed citizens have left the lattice; they are drawn on the cell where they were arrested while it stays empty,
 * so a crackdown leaves a visible grey scar that fades as prisoners are released. The copy costs one pass over the
 * cells per step (1,600 at the paper's size), negligible next to the model; the model itself is never changed.
 */
public final class LatticeView {
    private IntGrid2D grid = new IntGrid2D(1, 1);

    /** The grid to hand to the portrayal; replaced when a run of another size starts. */
    public IntGrid2D grid() {
        return grid;
    }

    /** Copies the model's lattice; call on the model thread (or with the schedule locked). */
    public void refresh(EpsteinModel model) {
        int width = model.width();
        int height = model.height();
        if (grid.getWidth() != width || grid.getHeight() != height) {
            grid = new IntGrid2D(width, height);
        }
        int[][] field = grid.field;
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                field[x][y] = model.kindAt(x, y);
            }
        }
        for (int k = 0; k < model.jailedCount(); k++) {
            int at = model.jailedArrestCell(k);
            int x = at % width;
            int y = at / width;
            if (field[x][y] == EpsteinPalette.EMPTY) {
                field[x][y] = EpsteinPalette.JAILED;
            }
        }
    }

    /** How many cells show {@code code}. */
    public int count(int code) {
        int n = 0;
        for (int[] column : grid.field) {
            for (int value : column) {
                n += value == code ? 1 : 0;
            }
        }
        return n;
    }
}
