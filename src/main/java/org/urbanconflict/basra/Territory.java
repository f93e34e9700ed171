package org.urbanconflict.basra;

import java.io.Serializable;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Faction;
import org.urbanconflict.basra.scenario.Terrain;

/**
 * Per-cell state of the city in flat arrays indexed like {@link DistrictMap}: control, and who is present this
 * hour ({@link Presence}). Presence is rebuilt by {@link Census} from the agents; control follows from presence by
 * {@link #updateControl}, never from a script. Flat arrays keep an hour's bookkeeping allocation-free.
 */
public final class Territory implements Serializable {
    private static final long serialVersionUID = 1L;

    final DistrictMap map;
    final byte[] control;
    private final Presence presence;
    final int[] lastCombatHour;
    /** Per district: whether any cell moved into or out of government control since the planner last looked. */
    final boolean[] governmentChanged;
    /** Per cell, the code of {@link #defaultControl}: read for most cells every hour, so worked out once. */
    private final byte[] fallbackControl;
    private final int[] urbanCells;
    private final long[] districtUrbanCells;

    public Territory(DistrictMap map) {
        this.map = map;
        int n = map.cellCount();
        control = new byte[n];
        presence = new Presence(map.width(), map.height());
        lastCombatHour = new int[n];
        java.util.Arrays.fill(lastCombatHour, -1);
        districtUrbanCells = new long[map.districts().size()];
        governmentChanged = new boolean[map.districts().size()];
        java.util.Arrays.fill(governmentChanged, true);
        fallbackControl = new byte[n];
        int urban = 0;
        for (int c = 0; c < n; c++) {
            fallbackControl[c] = defaultControl(c).code();
            control[c] = fallbackControl[c];
            if (map.terrain(c).urban()) {
                urban++;
                districtUrbanCells[map.districtOf(c)]++;
            }
        }
        urbanCells = new int[urban];
        int k = 0;
        for (int c = 0; c < n; c++) {
            if (map.terrain(c).urban()) {
                urbanCells[k++] = c;
            }
        }
    }

    /**
     * The control a cell falls back to when nobody is present: government in government and Badr districts (Badr
     * was allied with Maliki) and outside towns, militia in Mahdi districts, contested in mixed and Fadhila ones
     * (Fadhila had its own militia and was left alone, so it counts as not government-held).
     */
    Control defaultControl(int cell) {
        int d = map.districtOf(cell);
        if (d < 0) {
            return Control.GOVERNMENT;
        }
        Faction f = map.districts().get(d).faction();
        return switch (f) {
            case MAHDI -> Control.MILITIA;
            case MIXED, FADHILA -> Control.CONTESTED;
            case GOVERNMENT, BADR -> Control.GOVERNMENT;
        };
    }

    public DistrictMap map() {
        return map;
    }

    public Control control(int cell) {
        return Control.of(control[cell]);
    }

    /** Who is where this hour, as the last census saw it. */
    Presence presence() {
        return presence;
    }

    public int militiaFighters(int cell) {
        return presence.militiaFighters(cell);
    }

    public double governmentStrength(int cell) {
        return presence.governmentStrength(cell);
    }

    public int governmentPersonnel(int cell) {
        return presence.governmentPersonnel(cell);
    }

    /** Whether there was fighting in the cell during the given hour. */
    public boolean foughtAt(int cell, int hour) {
        return lastCombatHour[cell] == hour;
    }

    public int[] urbanCells() {
        return urbanCells;
    }

    public long urbanCellsOf(int district) {
        return districtUrbanCells[district];
    }

    /**
     * Sets control from presence. A side present alone takes the cell, except that the government takes ground only
     * with assault units: a police garrison holds its station but does not take a block the militia or nobody holds
     * (so the forces at their starting positions on 25 March leave control where it was); with both present, a side
     * outnumbering the other by {@code ratio} takes it, else it is contested. An empty contested cell falls back to
     * its district's leaning; an empty government cell in a Mahdi district slips back to the militia with a hazard
     * that grows with the share of militia-held neighbours.
     */
    void updateControl(double ratio, double revertHazard, ec.util.MersenneTwisterFast random) {
        int w = map.width();
        int h = map.height();
        for (int c = 0; c < control.length; c++) {
            Terrain t = map.terrain(c);
            if (!t.passable()) {
                continue;
            }
            byte before = control[c];
            decide(c, w, h, ratio, revertHazard, random);
            int d = map.districtOf(c);
            if (d >= 0 && (before == Control.GOVERNMENT.code()) != (control[c] == Control.GOVERNMENT.code())) {
                governmentChanged[d] = true;
            }
        }
    }

    private void decide(int c, int w, int h, double ratio, double revertHazard, ec.util.MersenneTwisterFast random) {
        double g = presence.governmentStrength(c);
        int m = presence.militiaFighters(c);
        if (g > 0 && m == 0) {
            if (presence.assaultStrength(c) > 0 || control[c] == Control.GOVERNMENT.code()) {
                control[c] = Control.GOVERNMENT.code();
            }
        } else if (m > 0 && g == 0) {
            control[c] = Control.MILITIA.code();
        } else if (m > 0) {
            control[c] = (g >= ratio * m ? Control.GOVERNMENT : m >= ratio * g ? Control.MILITIA
                    : Control.CONTESTED).code();
        } else if (control[c] == Control.CONTESTED.code()) {
            control[c] = fallbackControl[c];
        } else if (control[c] == Control.GOVERNMENT.code() && presence.governmentPersonnel(c) == 0
                && fallbackControl[c] == Control.MILITIA.code()) {
            double share = militiaNeighbourShare(c, w, h);
            if (share > 0 && random.nextDouble() < revertHazard * share) {
                control[c] = Control.MILITIA.code();
            }
        }
    }

    private double militiaNeighbourShare(int cell, int w, int h) {
        int row = cell / w;
        int col = cell % w;
        int militia = 0;
        int total = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int r = row + dr;
                int k = col + dc;
                if ((dr | dc) == 0 || r < 0 || k < 0 || r >= h || k >= w) {
                    continue;
                }
                int n = r * w + k;
                if (map.terrain(n).passable()) {
                    total++;
                    if (control[n] == Control.MILITIA.code()) {
                        militia++;
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) militia / total;
    }

    /** Militia fighters on the streets within a square of the given radius, as of the hour's opening census. */
    public double militiaWithin(int cell, int radius) {
        return presence.militiaWithin(cell, radius);
    }

    /** Government personnel within a square of the given radius, as of the hour's opening census. */
    public double governmentPersonnelWithin(int cell, int radius) {
        return presence.governmentPersonnelWithin(cell, radius);
    }

    /** The nearest cell within the radius holding government units able to fight, or -1. */
    public int nearestGovernmentCell(int cell, int radius) {
        return nearest(cell, radius, c -> presence.governmentStrength(c) > 0);
    }

    /** The nearest urban cell within the radius under government control with no government unit in it, or -1. */
    public int nearestGovernmentHeldCell(int cell, int radius) {
        return nearest(cell, radius, c -> map.terrain(c).urban() && control[c] == Control.GOVERNMENT.code()
                && presence.governmentPersonnel(c) == 0);
    }

    private int nearest(int cell, int radius, java.util.function.IntPredicate test) {
        int w = map.width();
        int h = map.height();
        int row = cell / w;
        int col = cell % w;
        for (int ring = 0; ring <= radius; ring++) {
            for (int r = row - ring; r <= row + ring; r++) {
                for (int k = col - ring; k <= col + ring; k++) {
                    boolean onRing = Math.abs(r - row) == ring || Math.abs(k - col) == ring;
                    if (onRing && r >= 0 && k >= 0 && r < h && k < w && test.test(r * w + k)) {
                        return r * w + k;
                    }
                }
            }
        }
        return -1;
    }
}
