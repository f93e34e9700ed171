package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.List;

/**
 * One government unit type on the Model tab: how many, how steady, how infiltrated, and how readily its units
 * refuse, desert or defect. One class serves all five types, so the Government tab is five identical sub-tabs.
 */
public final class UnitTypeSettings implements Ordered {

    private final ParameterSource source;
    private final UnitType type;

    public UnitTypeSettings(ParameterSource source, UnitType type) {
        this.source = source;
        this.type = type;
    }

    private UnitTypeParameters p() {
        return source.parameters().getGovernment().getTypes().get(type);
    }

    /** The type's name as people say it, for tooltips. */
    public static String label(UnitType type) {
        return switch (type) {
            case LOCAL_POLICE -> "Local police";
            case ARMY -> "Established army";
            case NEW_ARMY -> "New army units";
            case NATIONAL_POLICE -> "National Police";
            case SPECIAL_FORCES -> "Special forces";
        };
    }

    public int getPersonnel() {
        return p().getPersonnel();
    }

    public void setPersonnel(int value) {
        p().setPersonnel(Limits.clamp(value, Limits.PERSONNEL));
    }

    public Object domPersonnel() {
        return Limits.PERSONNEL;
    }

    public String desPersonnel() {
        return label(type) + ": personnel committed at the start.";
    }

    public double getMorale() {
        return p().getMorale();
    }

    public void setMorale(double value) {
        p().setMorale(Limits.clamp(value, Limits.SHARE));
    }

    public Object domMorale() {
        return Limits.SHARE;
    }

    public String desMorale() {
        return label(type) + ": morale at the start (0 = broken, 1 = excellent). Low morale raises every hazard.";
    }

    public double getTraining() {
        return p().getTraining();
    }

    public void setTraining(double value) {
        p().setTraining(Limits.clamp(value, Limits.SHARE));
    }

    public Object domTraining() {
        return Limits.SHARE;
    }

    public String desTraining() {
        return label(type) + ": training (0 to 1), which scales combat effectiveness.";
    }

    public double getInfiltration() {
        return p().getInfiltration();
    }

    public void setInfiltration(double value) {
        p().setInfiltration(Limits.clamp(value, Limits.SHARE));
    }

    public Object domInfiltration() {
        return Limits.SHARE;
    }

    public String desInfiltration() {
        return label(type) + ": share of personnel loyal to the militia. It raises every hazard, and it is the share "
                + "of a unit that leaves when the unit defects.";
    }

    public double getRefusalPerMillionHours() {
        return Limits.perMillion(p().getRefusalHazard());
    }

    public void setRefusalPerMillionHours(double value) {
        p().setRefusalHazard(Limits.fromPerMillion(value));
    }

    public Object domRefusalPerMillionHours() {
        return Limits.HAZARD_PER_MILLION;
    }

    public String desRefusalPerMillionHours() {
        return label(type) + ": base chance that a unit refuses to fight, per million unit-hours at the neutral "
                + "point (the scenario file's refusalHazard times 1,000,000).";
    }

    public double getDesertionPerMillionHours() {
        return Limits.perMillion(p().getDesertionHazard());
    }

    public void setDesertionPerMillionHours(double value) {
        p().setDesertionHazard(Limits.fromPerMillion(value));
    }

    public Object domDesertionPerMillionHours() {
        return Limits.HAZARD_PER_MILLION;
    }

    public String desDesertionPerMillionHours() {
        return label(type) + ": base chance that one member deserts, per million person-hours (desertionHazard "
                + "times 1,000,000).";
    }

    public double getDefectionPerMillionHours() {
        return Limits.perMillion(p().getDefectionHazard());
    }

    public void setDefectionPerMillionHours(double value) {
        p().setDefectionHazard(Limits.fromPerMillion(value));
    }

    public Object domDefectionPerMillionHours() {
        return Limits.HAZARD_PER_MILLION;
    }

    public String desDefectionPerMillionHours() {
        return label(type) + ": base chance that a unit's infiltrated members defect with their weapons, per "
                + "million unit-hours (defectionHazard times 1,000,000).";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Personnel", "Morale", "Training", "Infiltration", "RefusalPerMillionHours",
                "DesertionPerMillionHours", "DefectionPerMillionHours");
    }

    @Override
    public String toString() {
        return label(type);
    }
}
