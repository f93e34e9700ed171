package org.urbanconflict.basra.scenario;

import java.io.Serializable;
import org.urbanconflict.core.RegionMap;

/**
 * A named district of the map: its residents, leaning and density. Cells belong to exactly one district or to none.
 * To the shared charts it is a {@link RegionMap.Region}.
 *
 * @param index      position in {@link DistrictMap#districts()}, used as the district's id inside the model
 * @param id         kebab-case id used in scenario files, e.g. {@code five-mile}
 * @param name       display name, e.g. "Five Mile"
 * @param population residents at the start
 * @param faction    dominant faction
 * @param density    urban density in [0, 1]: scales the defender's advantage and civilians' exposure
 * @param stronghold whether sources name it a Mahdi Army stronghold
 */
public record District(int index, String id, String name, long population, Faction faction, double density,
        boolean stronghold) implements RegionMap.Region, Serializable {
}
