package org.urbanconflict.basra;

import org.urbanconflict.basra.params.OutcomeParameters;

/** How a run ended, judged at the horizon by the scenario's outcome thresholds. */
public enum Outcome {
    GOVERNMENT_CONTROL, CEASEFIRE_STALEMATE, GOVERNMENT_COLLAPSE, CONTINUED_FIGHTING;

    /** Lower-case name used in output files. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Collapse if the government's fighting strength or its hold on the city fell below the thresholds; control if
     * it holds the victory share with every stronghold taken; otherwise stalemate if a ceasefire came, else fighting.
     */
    static Outcome classify(ConflictModel model) {
        OutcomeParameters p = model.parameters().getOutcome();
        double committed = model.ledger().governmentCommitted();
        double fighting = Metrics.governmentActive(model) - Metrics.governmentRefusing(model);
        double share = model.territoryState().governmentUrbanShare();
        long strongholds = model.territory().map().districts().stream().filter(d -> d.stronghold()).count();
        if (committed > 0 && fighting / committed < p.getCollapseActiveShare() || share < p.getCollapseControlShare()) {
            return GOVERNMENT_COLLAPSE;
        }
        if (share >= p.getVictoryControlShare() && model.territoryState().strongholdsTaken() == strongholds) {
            return GOVERNMENT_CONTROL;
        }
        return model.politics().ceasefireHour() >= 0 ? CEASEFIRE_STALEMATE : CONTINUED_FIGHTING;
    }
}
