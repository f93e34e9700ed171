package org.urbanconflict.basra;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Who is where this hour, on a grid of cells addressed {@code row * width + col}: per cell the government strength and
 * personnel and the militia fighters on the streets, the government units and militia cells present (by their index
 * in {@link ConflictModel#units()} and {@link ConflictModel#militiaCells()}), and square-window sums of personnel and
 * fighters. {@link Census} fills it; combat and the agents read it.
 *
 * <p>Agents on a cell form a linked list in flat arrays (a head per cell, a next per agent), so adding is O(1) and
 * nothing is allocated after a run's first census. A list yields its agents in the reverse of the order they were
 * added: callers draw random numbers in that order, so it is part of the model and must not change. Walk a list with
 * {@code for (int i = firstUnit(cell); i >= 0; i = nextUnit(i))}, which needs neither an iterator nor a lambda.
 *
 * <p>Window sums read summed-area tables rebuilt by {@link #indexWindows()} (two passes over the grid), so any
 * square's total costs four reads; they keep the values of that call until the next.
 */
final class Presence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    private final double[] governmentStrength;
    private final double[] assaultStrength;
    private final int[] governmentPersonnel;
    private final int[] militiaFighters;
    private final int[] unitHead;
    private final int[] militiaHead;
    private int[] unitNext = new int[0];
    private int[] militiaNext = new int[0];
    private final long[] militiaTable;
    private final long[] governmentTable;

    Presence(int width, int height) {
        this.width = width;
        this.height = height;
        int n = width * height;
        governmentStrength = new double[n];
        assaultStrength = new double[n];
        governmentPersonnel = new int[n];
        militiaFighters = new int[n];
        unitHead = new int[n];
        militiaHead = new int[n];
        Arrays.fill(unitHead, -1);
        Arrays.fill(militiaHead, -1);
        militiaTable = new long[(width + 1) * (height + 1)];
        governmentTable = new long[(width + 1) * (height + 1)];
    }

    /**
     * Empties every cell before a census of up to this many units and militia cells. Costs six array fills; the
     * per-agent links are allocated only when the forces outgrow them, that is at a run's first census.
     */
    void clear(int units, int militia) {
        Arrays.fill(governmentStrength, 0.0);
        Arrays.fill(assaultStrength, 0.0);
        Arrays.fill(governmentPersonnel, 0);
        Arrays.fill(militiaFighters, 0);
        Arrays.fill(unitHead, -1);
        Arrays.fill(militiaHead, -1);
        if (unitNext.length < units) {
            unitNext = new int[units];
        }
        if (militiaNext.length < militia) {
            militiaNext = new int[militia];
        }
    }

    /**
     * Counts government unit {@code unit} on {@code cell}: its strength (also as assault strength if it is an
     * assault unit), its personnel, and a place in the list.
     */
    void addUnit(int unit, int cell, double strength, int personnel, boolean assault) {
        governmentStrength[cell] += strength;
        if (assault) {
            assaultStrength[cell] += strength;
        }
        governmentPersonnel[cell] += personnel;
        unitNext[unit] = unitHead[cell];
        unitHead[cell] = unit;
    }

    /** Counts militia cell {@code militia} on {@code cell} with its fighters on the streets. */
    void addMilitia(int militia, int cell, int fighters) {
        militiaFighters[cell] += fighters;
        militiaNext[militia] = militiaHead[cell];
        militiaHead[cell] = militia;
    }

    /** Takes fighters lost in combat off a cell's count; the lists and window sums are left as they are. */
    void removeMilitiaFighters(int cell, int fighters) {
        militiaFighters[cell] -= fighters;
    }

    /** The last government unit added on the cell, or -1 when none is there. */
    int firstUnit(int cell) {
        return unitHead[cell];
    }

    /** The unit after {@code unit} on its cell's list, or -1 at its end. */
    int nextUnit(int unit) {
        return unitNext[unit];
    }

    /** The last militia cell added on the cell, or -1 when none is there. */
    int firstMilitia(int cell) {
        return militiaHead[cell];
    }

    /** The militia cell after {@code militia} on its cell's list, or -1 at its end. */
    int nextMilitia(int militia) {
        return militiaNext[militia];
    }

    /** The militia cell a walk of the cell's list ends on (the first added), or -1; costs one walk. */
    int lastMilitia(int cell) {
        int last = -1;
        for (int i = militiaHead[cell]; i >= 0; i = militiaNext[i]) {
            last = i;
        }
        return last;
    }

    /** Effective fighting strength of the government units able to fight on the cell. */
    double governmentStrength(int cell) {
        return governmentStrength[cell];
    }

    /** Effective strength of the assault units able to fight on the cell: the ones that take ground. */
    double assaultStrength(int cell) {
        return assaultStrength[cell];
    }

    /** Government personnel on the cell, refusing units included. */
    int governmentPersonnel(int cell) {
        return governmentPersonnel[cell];
    }

    /** Militia fighters on the streets of the cell (not stood down), less those lost in combat since the census. */
    int militiaFighters(int cell) {
        return militiaFighters[cell];
    }

    /** Rebuilds the window sums from the current counts of militia fighters and government personnel. */
    void indexWindows() {
        sumTable(militiaFighters, militiaTable);
        sumTable(governmentPersonnel, governmentTable);
    }

    private void sumTable(int[] values, long[] table) {
        for (int r = 0; r < height; r++) {
            long rowSum = 0;
            for (int k = 0; k < width; k++) {
                rowSum += values[r * width + k];
                table[(r + 1) * (width + 1) + k + 1] = table[r * (width + 1) + k + 1] + rowSum;
            }
        }
    }

    /** Militia fighters within {@code radius} cells ({@link #distance}) of the cell, as of {@link #indexWindows()}. */
    double militiaWithin(int cell, int radius) {
        return windowSum(militiaTable, cell, radius);
    }

    /** Government personnel within {@code radius} cells of the cell, as of {@link #indexWindows()}. */
    double governmentPersonnelWithin(int cell, int radius) {
        return windowSum(governmentTable, cell, radius);
    }

    private double windowSum(long[] table, int cell, int radius) {
        int row = cell / width;
        int col = cell % width;
        int r0 = Math.max(0, row - radius);
        int c0 = Math.max(0, col - radius);
        int r1 = Math.min(height - 1, row + radius) + 1;
        int c1 = Math.min(width - 1, col + radius) + 1;
        int stride = width + 1;
        return table[r1 * stride + c1] - table[r0 * stride + c1] - table[r1 * stride + c0] + table[r0 * stride + c0];
    }

    /**
     * Chebyshev distance in cells: the larger of the row and column differences, so the cells within distance r of
     * a cell form the (2r + 1)-wide square the window sums add up.
     */
    int distance(int a, int b) {
        return Math.max(Math.abs(a / width - b / width), Math.abs(a % width - b % width));
    }
}
