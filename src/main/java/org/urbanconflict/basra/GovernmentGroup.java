package org.urbanconflict.basra;

import java.util.List;
import org.urbanconflict.basra.params.ClearanceParameters;
import org.urbanconflict.basra.params.GovernmentParameters;
import org.urbanconflict.basra.params.MoraleParameters;
import org.urbanconflict.basra.params.ReinforcementParameters;
import org.urbanconflict.basra.params.UnitTypeParameters;
import org.urbanconflict.basra.params.UnitTypes;
import org.urbanconflict.core.Ordered;

/**
 * The Model tab's Government group: one sub-tab per unit type, because the question students ask is "what if the
 * police had been as reliable as the special forces?", a comparison across types of the same few numbers; then the
 * offensive, morale, reinforcements and the April clearance. It declares no parameter: each getter returns a bean of
 * {@link ConflictModel#configuredParameters()}, looked up on each call, and each tooltip is that bean's own.
 */
public final class GovernmentGroup implements Ordered {
    private final ConflictModel model;

    GovernmentGroup(ConflictModel model) {
        this.model = model;
    }

    private GovernmentParameters government() {
        return model.configuredParameters().getGovernment();
    }

    private UnitTypes types() {
        return government().getTypes();
    }

    public UnitTypeParameters getLocalPolice() {
        return types().getLocalPolice();
    }

    public String desLocalPolice() {
        return types().desLocalPolice();
    }

    public UnitTypeParameters getArmy() {
        return types().getArmy();
    }

    public String desArmy() {
        return types().desArmy();
    }

    public UnitTypeParameters getNewArmy() {
        return types().getNewArmy();
    }

    public String desNewArmy() {
        return types().desNewArmy();
    }

    public UnitTypeParameters getNationalPolice() {
        return types().getNationalPolice();
    }

    public String desNationalPolice() {
        return types().desNationalPolice();
    }

    public UnitTypeParameters getSpecialForces() {
        return types().getSpecialForces();
    }

    public String desSpecialForces() {
        return types().desSpecialForces();
    }

    /** The government section's own numbers: unit size, the advance, and raids after the ceasefire. */
    public GovernmentParameters getOffensive() {
        return government();
    }

    public String desOffensive() {
        return "How the assault advances, how big a unit agent is, and raids after the ceasefire.";
    }

    public MoraleParameters getMorale() {
        return government().getMorale();
    }

    public String desMorale() {
        return government().desMorale();
    }

    public ReinforcementParameters getReinforcements() {
        return government().getReinforcements();
    }

    public String desReinforcements() {
        return government().desReinforcements();
    }

    /** The April 2008 phase: a scenario section of its own, shown with the forces it moves. */
    public ClearanceParameters getClearance() {
        return model.configuredParameters().getClearance();
    }

    public String desClearance() {
        return model.configuredParameters().desClearance();
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("LocalPolice", "Army", "NewArmy", "NationalPolice", "SpecialForces", "Offensive", "Morale",
                "Reinforcements", "Clearance");
    }

    @Override
    public String toString() {
        return "Government forces";
    }
}
