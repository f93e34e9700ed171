package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.List;

/**
 * The Government tab: one sub-tab per unit type, because the question students ask is "what if the police had
 * been as reliable as the special forces?", which is a comparison across types of the same few numbers.
 */
public final class GovernmentSettings implements Ordered {

    private final UnitTypeSettings localPolice;
    private final UnitTypeSettings army;
    private final UnitTypeSettings newArmy;
    private final UnitTypeSettings nationalPolice;
    private final UnitTypeSettings specialForces;

    public GovernmentSettings(ParameterSource source) {
        localPolice = new UnitTypeSettings(source, UnitType.LOCAL_POLICE);
        army = new UnitTypeSettings(source, UnitType.ARMY);
        newArmy = new UnitTypeSettings(source, UnitType.NEW_ARMY);
        nationalPolice = new UnitTypeSettings(source, UnitType.NATIONAL_POLICE);
        specialForces = new UnitTypeSettings(source, UnitType.SPECIAL_FORCES);
    }

    public UnitTypeSettings getLocalPolice() {
        return localPolice;
    }

    public String desLocalPolice() {
        return "Basra's ~16,000 local police: garrisoned across the city and widely infiltrated.";
    }

    public UnitTypeSettings getArmy() {
        return army;
    }

    public String desArmy() {
        return "The established army brigades that led the assault.";
    }

    public UnitTypeSettings getNewArmy() {
        return newArmy;
    }

    public String desNewArmy() {
        return "Newly formed army units (the 52nd Brigade), which broke early.";
    }

    public UnitTypeSettings getNationalPolice() {
        return nationalPolice;
    }

    public String desNationalPolice() {
        return "National Police battalions from Baghdad, which 'fared much better'.";
    }

    public UnitTypeSettings getSpecialForces() {
        return specialForces;
    }

    public String desSpecialForces() {
        return "Iraqi special forces and SWAT, which 'fared much better'.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("LocalPolice", "Army", "NewArmy", "NationalPolice", "SpecialForces");
    }

    @Override
    public String toString() {
        return "Government forces";
    }
}
