package org.urbanconflict.basra;

import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.basra.scenario.District;
import org.urbanconflict.basra.scenario.DistrictMap;
import org.urbanconflict.basra.scenario.Faction;
import org.urbanconflict.basra.params.GovernmentParameters;
import org.urbanconflict.basra.params.MilitiaParameters;
import org.urbanconflict.basra.params.ReinforcementParameters;
import org.urbanconflict.basra.params.UnitType;
import org.urbanconflict.basra.params.UnitTypeParameters;

/**
 * Places the forces at the start of a run. Garrison units are spread over all districts in proportion to
 * population (police stations follow people); assault units start in the staging districts and are dealt the
 * objectives in turn; militia cells go to strongholds ({@code strongholdShare} of fighters) and other Mahdi or
 * mixed districts, weighted by population. Cells within a district are drawn from the model's generator.
 */
final class ForceBuilder {
    private final ConflictModel model;
    private final DistrictMap map;
    private final List<List<Integer>> urbanCellsByDistrict = new ArrayList<>();

    ForceBuilder(ConflictModel model) {
        this.model = model;
        this.map = model.territory().map();
        for (int d = 0; d < map.districts().size(); d++) {
            urbanCellsByDistrict.add(new ArrayList<>());
        }
        for (int c = 0; c < map.cellCount(); c++) {
            if (map.terrain(c).urban()) {
                urbanCellsByDistrict.get(map.districtOf(c)).add(c);
            }
        }
    }

    GovernmentUnit[] government(GovernmentParameters gp) {
        List<GovernmentUnit> units = new ArrayList<>();
        int[] staging = gp.getStagingDistricts().stream().mapToInt(this::districtIndex).toArray();
        int objectives = gp.getObjectives().size();
        int assaultCount = 0;
        for (UnitType type : UnitType.values()) {
            UnitTypeParameters tp = gp.getTypes().get(type);
            int[] sizes = split(tp.getPersonnel(), gp.getUnitSize());
            boolean garrison = Role.fromJson(tp.getRole()) == Role.GARRISON;
            int[] districtOfUnit = garrison ? byPopulation(sizes.length, d -> true) : null;
            for (int k = 0; k < sizes.length; k++) {
                int district = garrison ? districtOfUnit[k] : staging[k % staging.length];
                int objective = garrison ? 0 : assaultCount++ % objectives;
                units.add(new GovernmentUnit(units.size(), type, tp, randomCell(district), sizes[k], objective, 0));
            }
        }
        ReinforcementParameters r = gp.getReinforcements();
        UnitType rType = UnitType.fromJsonName(r.getType());
        int[] sizes = split(r.getPersonnel(), gp.getUnitSize());
        int first = model.clock().hourOf(r.getFirstDay());
        int last = model.clock().hourOf(r.getLastDay());
        for (int k = 0; k < sizes.length; k++) {
            int arrival = first + (sizes.length <= 1 ? 0 : (last - first) * k / (sizes.length - 1));
            int district = staging[k % staging.length];
            units.add(new GovernmentUnit(units.size(), rType, gp.getTypes().get(rType), randomCell(district),
                    sizes[k], assaultCount++ % objectives, Math.max(0, arrival)));
        }
        return units.toArray(new GovernmentUnit[0]);
    }

    MilitiaCell[] militia(MilitiaParameters mp) {
        int[] fighters = split(mp.getFighters(), mp.getCellSize());
        int strongholdCells = (int) Math.round(fighters.length * mp.getStrongholdShare());
        boolean hasOthers = map.districts().stream().anyMatch(d -> !d.stronghold() && leansMilitia(d));
        int[] strongholdDistricts = byPopulation(strongholdCells, District::stronghold);
        int[] otherDistricts = hasOthers ? byPopulation(fighters.length - strongholdCells,
                d -> !d.stronghold() && leansMilitia(d)) : byPopulation(fighters.length - strongholdCells,
                District::stronghold);
        MilitiaCell[] cells = new MilitiaCell[fighters.length];
        for (int k = 0; k < cells.length; k++) {
            int district = k < strongholdCells ? strongholdDistricts[k] : otherDistricts[k - strongholdCells];
            int weapons = (int) Math.round(fighters[k] * mp.getWeaponsPerFighter());
            cells[k] = new MilitiaCell(k, district, randomCell(district), fighters[k], weapons, mp);
        }
        return cells;
    }

    private static boolean leansMilitia(District d) {
        return d.faction() == Faction.MAHDI || d.faction() == Faction.MIXED;
    }

    private int districtIndex(String id) {
        return map.district(id).orElseThrow().index();
    }

    private int randomCell(int district) {
        List<Integer> cells = urbanCellsByDistrict.get(district);
        return cells.get(model.draws(RandomStream.PLACEMENT).nextInt(cells.size()));
    }

    /** Splits personnel into agents of {@code size}, the last agent taking the remainder. */
    static int[] split(int personnel, int size) {
        if (personnel <= 0) {
            return new int[0];
        }
        int count = (personnel + size - 1) / size;
        int[] sizes = new int[count];
        java.util.Arrays.fill(sizes, size);
        sizes[count - 1] = personnel - size * (count - 1);
        return sizes;
    }

    /** Deals {@code count} agents to the eligible districts by largest remainder on population, in a fixed order. */
    private int[] byPopulation(int count, java.util.function.Predicate<District> eligible) {
        List<District> pool = map.districts().stream().filter(eligible).toList();
        long total = pool.stream().mapToLong(District::population).sum();
        int[] result = new int[count];
        if (count == 0 || pool.isEmpty() || total == 0) {
            return result;
        }
        int[] quota = new int[pool.size()];
        double[] remainder = new double[pool.size()];
        int dealt = 0;
        for (int i = 0; i < pool.size(); i++) {
            double exact = (double) count * pool.get(i).population() / total;
            quota[i] = (int) exact;
            remainder[i] = exact - quota[i];
            dealt += quota[i];
        }
        while (dealt < count) {
            int best = 0;
            for (int i = 1; i < pool.size(); i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            dealt++;
        }
        int k = 0;
        for (int i = 0; i < pool.size(); i++) {
            for (int j = 0; j < quota[i]; j++) {
                result[k++] = pool.get(i).index();
            }
        }
        return result;
    }
}
