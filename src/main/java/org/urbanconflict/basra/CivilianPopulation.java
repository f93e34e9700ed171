package org.urbanconflict.basra;

import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.params.CivilianParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Basra's residents, kept per cell in flat arrays rather than as 1.5 million agents: present, displaced, killed,
 * wounded and enlisted counts, and sympathy for the government. Each hour a share of the residents of every cell
 * that saw fighting flees. The identity initial = present + displaced + killed + wounded + enlisted always holds.
 */
public final class CivilianPopulation implements Steppable {
    private static final long serialVersionUID = 1L;

    private final DistrictMap map;
    private final long[] initial;
    private final long[] present;
    private final long[] displaced;
    private final long[] killed;
    private final long[] wounded;
    private final long[] enlisted;
    private final double[] sympathy;
    private final double[] districtSympathisers;
    private long totalDisplaced;

    public CivilianPopulation(DistrictMap map, CivilianParameters p) {
        this.map = map;
        int n = map.cellCount();
        initial = new long[n];
        present = new long[n];
        displaced = new long[n];
        killed = new long[n];
        wounded = new long[n];
        enlisted = new long[n];
        sympathy = new double[n];
        districtSympathisers = new double[map.districts().size()];
        int[] cellsPerDistrict = new int[map.districts().size()];
        for (int c = 0; c < n; c++) {
            if (map.districtOf(c) >= 0) {
                cellsPerDistrict[map.districtOf(c)]++;
            }
        }
        long[] assigned = new long[cellsPerDistrict.length];
        int[] seen = new int[cellsPerDistrict.length];
        for (int c = 0; c < n; c++) {
            int d = map.districtOf(c);
            if (d < 0) {
                continue;
            }
            District district = map.districts().get(d);
            seen[d]++;
            long share = seen[d] == cellsPerDistrict[d] ? district.population() - assigned[d]
                    : district.population() / cellsPerDistrict[d];
            assigned[d] += share;
            initial[c] = share;
            present[c] = share;
            sympathy[c] = initialSympathy(district, p);
        }
        recomputeSympathisers();
    }

    private static double initialSympathy(District district, CivilianParameters p) {
        return switch (district.faction()) {
            case MAHDI -> p.getSympathyMahdi();
            case GOVERNMENT -> p.getSympathyGovernment();
            case BADR -> p.getSympathyBadr();
            case FADHILA -> p.getSympathyFadhila();
            case MIXED -> p.getSympathyMixed();
        };
    }

    @Override
    public void step(SimState state) {
        ConflictModel model = (ConflictModel) state;
        double rate = model.parameters().getCivilians().getDisplacementPerCombatHour();
        int hour = model.hour();
        for (int c = 0; c < present.length; c++) {
            if (present[c] > 0 && model.territory().foughtAt(c, hour)) {
                long fled = Math.min(present[c], model.draws(RandomStream.CIVILIANS).poisson(present[c] * rate));
                present[c] -= fled;
                displaced[c] += fled;
                totalDisplaced += fled;
            }
        }
        recomputeSympathisers();
    }

    private void recomputeSympathisers() {
        java.util.Arrays.fill(districtSympathisers, 0.0);
        for (int c = 0; c < present.length; c++) {
            int d = map.districtOf(c);
            if (d >= 0) {
                districtSympathisers[d] += present[c] * (1.0 - sympathy[c]);
            }
        }
    }

    /**
     * Harms residents of a cell; returns the casualties actually inflicted (never more than are present).
     *
     * @param byGovernmentSide whether government or coalition fire caused it, which costs the government sympathy
     */
    public int harm(ConflictModel model, int cell, int casualties, boolean byGovernmentSide) {
        int harmed = (int) Math.min(casualties, present[cell]);
        if (harmed == 0) {
            return 0;
        }
        int dead = model.draws(RandomStream.CIVILIANS).binomialSmall(harmed, model.parameters().getCivilians().getKilledFraction());
        present[cell] -= harmed;
        killed[cell] += dead;
        wounded[cell] += harmed - dead;
        model.ledger().civilianCasualties(dead, harmed - dead);
        if (byGovernmentSide && initial[cell] > 0) {
            double loss = model.parameters().getCivilians().getSympathyLossPerCasualty() * harmed * 1000.0
                    / initial[cell];
            sympathy[cell] = Math.max(0.0, sympathy[cell] - loss);
        }
        return harmed;
    }

    /** Moves up to {@code recruits} residents of a cell into the militia; returns how many went. */
    public int enlist(int cell, int recruits) {
        int joined = (int) Math.min(recruits, present[cell]);
        present[cell] -= joined;
        enlisted[cell] += joined;
        return joined;
    }

    /** Residents of a district who lean to the militia, shared among its militia cells. */
    public double sympathisersPerCell(int district, int cellsInDistrict) {
        return cellsInDistrict == 0 ? 0.0 : districtSympathisers[district] / cellsInDistrict;
    }

    /** Share of a cell's original residents still present: their exposure to crossfire. */
    public double occupancy(int cell) {
        return initial[cell] == 0 ? 0.0 : (double) present[cell] / initial[cell];
    }

    public long present(int cell) {
        return present[cell];
    }

    public long initial(int cell) {
        return initial[cell];
    }

    public double sympathy(int cell) {
        return sympathy[cell];
    }

    public long totalDisplaced() {
        return totalDisplaced;
    }

    /** Sum of a per-cell array; used by the conservation check and the census. */
    public long totalPresent() {
        return sum(present);
    }

    public long totalEnlisted() {
        return sum(enlisted);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
