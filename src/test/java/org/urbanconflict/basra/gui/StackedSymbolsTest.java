package org.urbanconflict.basra.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.urbanconflict.basra.ConflictModel;
import org.urbanconflict.basra.GovernmentUnit;

/** Two units on one block get two places on the map (issue 14, finding 12). */
class StackedSymbolsTest {
    @Test
    void unitsSharingABlockGetDistinctPlaces() {
        ConflictModel model = GuiTestModels.baselineAfter(30, 1);
        MapState state = new MapState();
        state.bind(model);
        Map<Integer, Set<Integer>> places = new HashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        for (GovernmentUnit u : model.units()) {
            if (u.isArrived() && u.getActive() > 0) {
                counts.merge(u.getCell(), 1, Integer::sum);
                assertTrue(places.computeIfAbsent(u.getCell(), c -> new HashSet<>()).add(state.stackIndex(u)),
                        "two units on block " + u.getCell() + " share a place");
            }
        }
        assertTrue(counts.values().stream().anyMatch(n -> n > 1), "the test needs a block with two units");
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            assertEquals(e.getValue(), places.get(e.getKey()).size());
        }
        assertTrue(AgentSymbol.STACK_SHIFT >= 0.3, "shifted far enough to see two symbols");
    }
}
