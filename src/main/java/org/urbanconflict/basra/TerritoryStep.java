package org.urbanconflict.basra;

import java.util.Arrays;
import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Ends each hour by updating control from presence, then the government's share of each district and of the city
 * (by area and by population), which districts count as taken, and the routes of the offensive. It also keeps the
 * snapshot of control at the ceasefire that the validation targets are measured on.
 */
public final class TerritoryStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ConflictModel model;
    private final int districts;
    private final double[] districtShare;
    private final boolean[] taken;
    private final boolean[] takenAtCeasefire;
    /** Districts taken at least once, so a district lost and won back is logged as retaken. */
    private final boolean[] everTaken;
    /** Hour each district was last taken and has been held since, or -1 while it is not held. */
    private final int[] heldSinceHour;
    private double urbanShare;
    private double populationShare;
    private double urbanShareAtCeasefire = Double.NaN;
    private boolean ceasefireSnapshotTaken;
    private boolean objectiveTakenLastHour;

    TerritoryStep(ConflictModel model) {
        this.model = model;
        this.districts = model.territory().map().districts().size();
        this.districtShare = new double[districts];
        this.taken = new boolean[districts];
        this.takenAtCeasefire = new boolean[districts];
        this.everTaken = new boolean[districts];
        this.heldSinceHour = new int[districts];
        Arrays.fill(heldSinceHour, -1);
    }

    @Override
    public void step(SimState state) {
        var combat = model.parameters().getCombat();
        model.territory().updateControl(combat.getControlForceRatio(), combat.getRevertHazard(),
                model.draws(RandomStream.TERRITORY).generator());
        settle();
    }

    /** Recomputes shares, taken districts and routes from the current control (also used at the start). */
    void settle() {
        Territory t = model.territory();
        DistrictMap map = t.map();
        long[] govCells = new long[districts];
        long govUrban = 0;
        double govPopulation = 0;
        double population = 0;
        for (int c : t.urbanCells()) {
            long residents = model.civilians().initial(c);
            population += residents;
            if (t.control[c] == Control.GOVERNMENT.code()) {
                govCells[map.districtOf(c)]++;
                govUrban++;
                govPopulation += residents;
            }
        }
        urbanShare = t.urbanCells().length == 0 ? 0 : (double) govUrban / t.urbanCells().length;
        populationShare = population == 0 ? 0 : govPopulation / population;
        objectiveTakenLastHour = false;
        double needed = model.parameters().getCombat().getTakenShare();
        for (int d = 0; d < districts; d++) {
            districtShare[d] = t.urbanCellsOf(d) == 0 ? 0 : (double) govCells[d] / t.urbanCellsOf(d);
            boolean now = districtShare[d] >= needed;
            District district = map.districts().get(d);
            if (now && !taken[d] && district.faction() == org.urbanconflict.basra.scenario.Faction.MAHDI
                    && model.hour() > 0) {
                objectiveTakenLastHour = true;
                model.events().record(model.hour(), EventKind.DISTRICT_TAKEN, null,
                        (everTaken[d] ? "government forces retake " : "government forces take ") + district.name());
                everTaken[d] = true;
            }
            if (now != taken[d]) {
                heldSinceHour[d] = now ? model.hour() : -1;
            }
            taken[d] = now;
        }
        model.planner().update(t, taken, t.governmentChanged);
    }

    void snapshotAtCeasefire() {
        if (!ceasefireSnapshotTaken) {
            ceasefireSnapshotTaken = true;
            urbanShareAtCeasefire = urbanShare;
            System.arraycopy(taken, 0, takenAtCeasefire, 0, districts);
        }
    }

    boolean objectiveTakenLastHour() {
        return objectiveTakenLastHour;
    }

    public double governmentUrbanShare() {
        return urbanShare;
    }

    public double governmentPopulationShare() {
        return populationShare;
    }

    public double districtShare(int district) {
        return districtShare[district];
    }

    public boolean taken(int district) {
        return taken[district];
    }

    /** Model hour from which the government has held the district without a break, or -1 if it does not hold it. */
    public int heldSinceHour(int district) {
        return heldSinceHour[district];
    }

    public int strongholdsTaken() {
        int count = 0;
        for (District d : model.territory().map().districts()) {
            if (d.stronghold() && taken[d.index()]) {
                count++;
            }
        }
        return count;
    }

    /** Control share at the ceasefire, or now if there has been none (the end-of-run fallback). */
    public double urbanShareAtCeasefire() {
        return ceasefireSnapshotTaken ? urbanShareAtCeasefire : urbanShare;
    }

    public boolean takenAtCeasefire(int district) {
        return ceasefireSnapshotTaken ? takenAtCeasefire[district] : taken[district];
    }
}
