package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;

/**
 * One parameter set for each government unit type.
 */
public final class UnitTypes implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private UnitTypeParameters localPolice;
    private UnitTypeParameters army;
    private UnitTypeParameters newArmy;
    private UnitTypeParameters nationalPolice;
    private UnitTypeParameters specialForces;

    /** Basra's local police: garrisoned across the city, widely infiltrated. */
    public UnitTypeParameters getLocalPolice() {
        return localPolice;
    }

    public void setLocalPolice(UnitTypeParameters value) {
        this.localPolice = value;
    }

    public String desLocalPolice() {
        return "Basra's local police: garrisoned across the city and widely infiltrated.";
    }

    /** Established army brigades (14th Division and the 1st Division brigade). */
    public UnitTypeParameters getArmy() {
        return army;
    }

    public void setArmy(UnitTypeParameters value) {
        this.army = value;
    }

    public String desArmy() {
        return "Established army brigades (14th Division and the 1st Division brigade), which led the assault.";
    }

    /** Newly formed army units (the 52nd Brigade). */
    public UnitTypeParameters getNewArmy() {
        return newArmy;
    }

    public void setNewArmy(UnitTypeParameters value) {
        this.newArmy = value;
    }

    public String desNewArmy() {
        return "Newly formed army units (the 52nd Brigade), which broke early.";
    }

    /** National Police battalions from Baghdad. */
    public UnitTypeParameters getNationalPolice() {
        return nationalPolice;
    }

    public void setNationalPolice(UnitTypeParameters value) {
        this.nationalPolice = value;
    }

    public String desNationalPolice() {
        return "National Police battalions from Baghdad, which 'fared much better'.";
    }

    /** Iraqi special forces and SWAT. */
    public UnitTypeParameters getSpecialForces() {
        return specialForces;
    }

    public void setSpecialForces(UnitTypeParameters value) {
        this.specialForces = value;
    }

    public String desSpecialForces() {
        return "Iraqi special forces and SWAT, which 'fared much better'.";
    }

    /** The parameters of one type, so the model can loop over {@link UnitType#values()}. */
    public UnitTypeParameters get(UnitType type) {
        return switch (type) {
            case LOCAL_POLICE -> localPolice;
            case ARMY -> army;
            case NEW_ARMY -> newArmy;
            case NATIONAL_POLICE -> nationalPolice;
            case SPECIAL_FORCES -> specialForces;
        };
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("LocalPolice", "Army", "NewArmy", "NationalPolice", "SpecialForces");
    }
}
