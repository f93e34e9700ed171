package org.urbanconflict.epstein;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * A width × height torus of cells, indexed {@code y * width + x}, and the vision discs seen from any cell: every cell
 * whose centre lies within the Euclidean radius (NetLogo's {@code in-radius}; radius 1.7 gives the eight adjacent
 * cells, 7 gives 148 plus the centre). A disc is stored as one run of cells per row, so a scan or an update touches
 * contiguous memory and wraps only at the torus's edge; nothing here allocates.
 */
final class Lattice implements Serializable {
    private static final long serialVersionUID = 1L;

    final int width;
    final int height;
    final int cells;
    /** Largest whole-cell offset of any disc; the wrap tables are padded by this much on each side. */
    private final int pad;
    /** colWrap[x + pad] = x mod width, for x in [-pad, width + pad). */
    private final int[] colWrap;
    /** rowBase[y + pad] = (y mod height) * width. */
    private final int[] rowBase;

    Lattice(int width, int height, int pad) {
        this.width = width;
        this.height = height;
        this.cells = width * height;
        this.pad = pad;
        colWrap = new int[width + 2 * pad];
        for (int i = 0; i < colWrap.length; i++) {
            colWrap[i] = Math.floorMod(i - pad, width);
        }
        rowBase = new int[height + 2 * pad];
        for (int i = 0; i < rowBase.length; i++) {
            rowBase[i] = Math.floorMod(i - pad, height) * width;
        }
    }

    /** The cells within a Euclidean radius of a centre, as rows of half-widths, plus a flat list without the centre. */
    static final class Disc implements Serializable {
        private static final long serialVersionUID = 1L;

        final double radius;
        /** Whole-cell reach: rows run from -reach to +reach. */
        final int reach;
        /** Half-width of the row at dy = r - reach. */
        final int[] half;
        /** Offsets of every cell but the centre, for random picks. */
        final int[] dx;
        final int[] dy;
        /** Cells in the disc, centre included. */
        final int size;

        Disc(double radius) {
            this.radius = radius;
            double r2 = radius * radius + 1e-9;
            reach = (int) Math.floor(radius + 1e-9);
            half = new int[2 * reach + 1];
            int n = 0;
            for (int y = -reach; y <= reach; y++) {
                int h = (int) Math.floor(Math.sqrt(Math.max(0, r2 - (double) y * y)));
                half[y + reach] = h;
                n += 2 * h + 1;
            }
            size = n;
            dx = new int[n - 1];
            dy = new int[n - 1];
            int k = 0;
            for (int y = -reach; y <= reach; y++) {
                for (int x = -half[y + reach]; x <= half[y + reach]; x++) {
                    if (x != 0 || y != 0) {
                        dx[k] = x;
                        dy[k] = y;
                        k++;
                    }
                }
            }
        }
    }

    int x(int cell) {
        return cell % width;
    }

    int y(int cell) {
        return cell / width;
    }

    /** The cell at an offset from another, across the torus's edges; |dx|, |dy| at most the padding. */
    int offset(int cell, int dx, int dy) {
        return rowBase[cell / width + dy + pad] + colWrap[cell % width + dx + pad];
    }

    /** Adds delta to counts[] at every cell of the disc around centre (the centre included). */
    void add(int[] counts, int centre, Disc d, int delta) {
        int x = centre % width;
        int y = centre / width;
        int reach = d.reach;
        int[] half = d.half;
        for (int r = 0; r <= 2 * reach; r++) {
            int base = rowBase[y + r - reach + pad];
            int h = half[r];
            int x0 = x - h;
            int x1 = x + h;
            if (x0 >= 0 && x1 < width) {
                for (int i = base + x0, end = base + x1; i <= end; i++) {
                    counts[i] += delta;
                }
            } else {
                for (int c = x0; c <= x1; c++) {
                    counts[base + colWrap[c + pad]] += delta;
                }
            }
        }
    }

    /**
     * Moves a disc's worth of delta from the disc around {@code from} to the disc around {@code to}: what
     * {@code add(from, -delta)} then {@code add(to, delta)} would do, but touching only the cells in one disc and not
     * the other. An agent moves at most its vision, so the two discs mostly overlap and about half the work is saved.
     */
    void move(int[] counts, int from, int to, Disc d, int delta) {
        int ax = from % width;
        int ay = from / width;
        int dx = to % width - ax;
        int dy = to / width - ay;
        if (dx > width / 2) {
            dx -= width;
        } else if (dx < -(width / 2)) {
            dx += width;
        }
        if (dy > height / 2) {
            dy -= height;
        } else if (dy < -(height / 2)) {
            dy += height;
        }
        int reach = d.reach;
        if (Math.abs(dx) > reach || Math.abs(dy) > reach || 2 * reach > pad) {
            add(counts, from, d, -delta);
            add(counts, to, d, delta);
            return;
        }
        int[] half = d.half;
        int lo = Math.min(-reach, dy - reach);
        int hi = Math.max(reach, dy + reach);
        for (int r = lo; r <= hi; r++) {
            int base = rowBase[ay + r + pad];
            int oldHalf = r >= -reach && r <= reach ? half[r + reach] : -1;
            int ny = r - dy;
            int newHalf = ny >= -reach && ny <= reach ? half[ny + reach] : -1;
            if (oldHalf < 0) {
                span(counts, base, ax + dx - newHalf, ax + dx + newHalf, delta);
            } else if (newHalf < 0) {
                span(counts, base, ax - oldHalf, ax + oldHalf, -delta);
            } else {
                int oldLeft = ax - oldHalf;
                int oldRight = ax + oldHalf;
                int newLeft = ax + dx - newHalf;
                int newRight = ax + dx + newHalf;
                int left = Math.max(oldLeft, newLeft);
                int right = Math.min(oldRight, newRight);
                if (left > right) {
                    span(counts, base, oldLeft, oldRight, -delta);
                    span(counts, base, newLeft, newRight, delta);
                } else {
                    span(counts, base, oldLeft, left - 1, -delta);
                    span(counts, base, right + 1, oldRight, -delta);
                    span(counts, base, newLeft, left - 1, delta);
                    span(counts, base, right + 1, newRight, delta);
                }
            }
        }
    }

    /** Adds delta to the cells x0..x1 (unwrapped columns, possibly past the edges) of the row starting at base. */
    private void span(int[] counts, int base, int x0, int x1, int delta) {
        if (x0 >= 0 && x1 < width) {
            for (int i = base + x0, end = base + x1; i <= end; i++) {
                counts[i] += delta;
            }
        } else {
            for (int c = x0; c <= x1; c++) {
                counts[base + colWrap[c + pad]] += delta;
            }
        }
    }

    /** How many cells of the disc around centre (centre included) hold kind. */
    int count(byte[] cell, byte kind, int centre, Disc d) {
        int x = centre % width;
        int y = centre / width;
        int reach = d.reach;
        int[] half = d.half;
        int n = 0;
        for (int r = 0; r <= 2 * reach; r++) {
            int base = rowBase[y + r - reach + pad];
            int h = half[r];
            int x0 = x - h;
            int x1 = x + h;
            if (x0 >= 0 && x1 < width) {
                for (int i = base + x0, end = base + x1; i <= end; i++) {
                    if (cell[i] == kind) {
                        n++;
                    }
                }
            } else {
                for (int c = x0; c <= x1; c++) {
                    if (cell[base + colWrap[c + pad]] == kind) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Cops and actives in the disc around centre, packed as {@code cops << 16 | actives}: the raw-array scan that
     * rule A would need without per-cell counts, kept as the benchmark's baseline.
     */
    int scanCopsAndActives(byte[] cell, int centre, Disc d) {
        int x = centre % width;
        int y = centre / width;
        int reach = d.reach;
        int[] half = d.half;
        int cops = 0;
        int actives = 0;
        for (int r = 0; r <= 2 * reach; r++) {
            int base = rowBase[y + r - reach + pad];
            int h = half[r];
            int x0 = x - h;
            int x1 = x + h;
            if (x0 >= 0 && x1 < width) {
                for (int i = base + x0, end = base + x1; i <= end; i++) {
                    byte b = cell[i];
                    cops += b == EpsteinModel.COP ? 1 : 0;
                    actives += b == EpsteinModel.ACTIVE ? 1 : 0;
                }
            } else {
                for (int c = x0; c <= x1; c++) {
                    byte b = cell[base + colWrap[c + pad]];
                    cops += b == EpsteinModel.COP ? 1 : 0;
                    actives += b == EpsteinModel.ACTIVE ? 1 : 0;
                }
            }
        }
        return cops << 16 | actives;
    }

    /** The index-th (from 0, in row order) cell of the disc around centre that holds kind, or -1. */
    int nth(byte[] cell, byte kind, int centre, Disc d, int index) {
        int x = centre % width;
        int y = centre / width;
        int reach = d.reach;
        int seen = 0;
        for (int r = 0; r <= 2 * reach; r++) {
            int base = rowBase[y + r - reach + pad];
            int h = d.half[r];
            for (int c = x - h; c <= x + h; c++) {
                int i = base + colWrap[c + pad];
                if (cell[i] == kind && seen++ == index) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A uniformly random empty cell of the disc around centre, the centre itself included only if asked, or -1 when
     * there is none. Random probes first (each a uniform pick of the disc, so an accepted probe is uniform over the
     * empty cells); after a run of misses, a full scan picks uniformly among whatever is empty, which keeps the
     * choice exactly uniform and tells a full neighbourhood from an unlucky streak.
     */
    int randomEmpty(byte[] cell, int centre, Disc d, boolean withCentre, MersenneTwisterFast random) {
        int n = d.dx.length;
        int cx = centre % width + pad;
        int cy = centre / width + pad;
        for (int probe = 0; probe < 24; probe++) {
            int k = below(random, withCentre ? n + 1 : n);
            int i = k == n ? centre : rowBase[cy + d.dy[k]] + colWrap[cx + d.dx[k]];
            if (cell[i] == EpsteinModel.EMPTY) {
                return i;
            }
        }
        int empty = 0;
        for (int k = 0; k < n; k++) {
            if (cell[rowBase[cy + d.dy[k]] + colWrap[cx + d.dx[k]]] == EpsteinModel.EMPTY) {
                empty++;
            }
        }
        boolean centreEmpty = withCentre && cell[centre] == EpsteinModel.EMPTY;
        if (centreEmpty) {
            empty++;
        }
        if (empty == 0) {
            return -1;
        }
        int pick = random.nextInt(empty);
        if (centreEmpty && pick == empty - 1) {
            return centre;
        }
        for (int k = 0; k < n; k++) {
            int i = rowBase[cy + d.dy[k]] + colWrap[cx + d.dx[k]];
            if (cell[i] == EpsteinModel.EMPTY && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("counted empty cells vanished");
    }

    /**
     * A uniform integer in [0, n) from the model's generator, by Lemire's multiply-and-shift with rejection: exact
     * like {@code nextInt(n)}, but almost never divides, which matters at several draws per agent per step.
     */
    static int below(MersenneTwisterFast random, int n) {
        long m = (random.nextInt() & 0xFFFFFFFFL) * n;
        int low = (int) m;
        if (Integer.compareUnsigned(low, n) < 0) {
            int floor = Integer.remainderUnsigned(-n, n);
            while (Integer.compareUnsigned(low, floor) < 0) {
                m = (random.nextInt() & 0xFFFFFFFFL) * n;
                low = (int) m;
            }
        }
        return (int) (m >>> 32);
    }

    /** A uniformly random empty cell anywhere, or -1 when the lattice is full; same probing idea as above. */
    int randomEmptyAnywhere(byte[] cell, MersenneTwisterFast random) {
        for (int probe = 0; probe < 64; probe++) {
            int i = random.nextInt(cells);
            if (cell[i] == EpsteinModel.EMPTY) {
                return i;
            }
        }
        int empty = 0;
        for (byte b : cell) {
            if (b == EpsteinModel.EMPTY) {
                empty++;
            }
        }
        if (empty == 0) {
            return -1;
        }
        int pick = random.nextInt(empty);
        for (int i = 0; i < cells; i++) {
            if (cell[i] == EpsteinModel.EMPTY && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("counted empty cells vanished");
    }
}
