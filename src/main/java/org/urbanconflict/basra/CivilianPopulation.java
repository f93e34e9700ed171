package org.urbanconflict.basra;

import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.params.CivilianParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Basra's residents, kept per cell in flat arrays rather than as 1.5 million agents: present, displaced, killed,
 * wounded and enlisted counts, and sympathy for the government. Under the curfew residents shelter at home (fact
 * sheet, Casualties: the IOM saw about 30 displaced): only when the fighting in their block has been long and heavy,
 * {@code shelterCombatHours} of combat within about a day, does a share of them flee each further hour of it. The
 * displaced return, a share each hour, once their block has been quiet for a day. The identity initial = present +
 * displaced + killed + wounded + enlisted always holds.
 */
public final class CivilianPopulation implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Hourly decay of the memory of fighting in a block: about a day. */
    private static final double MEMORY = Math.exp(-1.0 / 24.0);
    /** Hours without fighting in a block before its displaced residents start to come back. */
    static final int QUIET_HOURS = 24;

    private final DistrictMap map;
    private final long[] initial;
    private final long[] present;
    private final long[] displaced;
    private final long[] killed;
    private final long[] wounded;
    private final long[] enlisted;
    private final double[] sympathy;
    private final double[] districtSympathisers;
    /** Per cell, hours of fighting with a memory of about a day (decays by e each 24 hours). */
    private final double[] recentCombatHours;
    private long totalDisplaced;
    private long totalReturned;

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
        recentCombatHours = new double[n];
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
        CivilianParameters p = model.parameters().getCivilians();
        double rate = p.getDisplacementPerCombatHour();
        double shelter = p.getShelterCombatHours();
        double returning = p.getReturnPerQuietHour();
        int hour = model.hour();
        RandomDraws draws = model.draws(RandomStream.CIVILIANS);
        Territory territory = model.territory();
        for (int c = 0; c < present.length; c++) {
            boolean fought = territory.foughtAt(c, hour);
            if (recentCombatHours[c] > 0 || fought) {
                recentCombatHours[c] = recentCombatHours[c] * MEMORY + (fought ? 1.0 : 0.0);
            }
            if (fought && present[c] > 0 && recentCombatHours[c] >= shelter) {
                long fled = Math.min(present[c], draws.poisson(present[c] * rate));
                present[c] -= fled;
                displaced[c] += fled;
                totalDisplaced += fled;
            } else if (displaced[c] > 0 && returning > 0 && hour - territory.lastCombatHour[c] >= QUIET_HOURS) {
                long back = draws.poissonCapped(displaced[c] * returning, (int) Math.min(Integer.MAX_VALUE,
                        displaced[c]));
                displaced[c] -= back;
                present[c] += back;
                totalDisplaced -= back;
                totalReturned += back;
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
        int dead = model.draws(RandomStream.CIVILIANS).binomialSmall(harmed,
                model.parameters().getCivilians().getKilledFraction());
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

    /** Residents away from home now: displaced and not yet returned. */
    public long totalDisplaced() {
        return totalDisplaced;
    }

    /** Residents who fled and have come back so far. */
    public long totalReturned() {
        return totalReturned;
    }

    /** Hours of fighting in the block within about a day, as the residents weigh it. */
    public double recentCombatHours(int cell) {
        return recentCombatHours[cell];
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
