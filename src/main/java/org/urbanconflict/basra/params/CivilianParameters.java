package org.urbanconflict.basra.params;

import sim.util.Interval;

/**
 * How civilians are harmed, flee and lean.
 */
public final class CivilianParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private double displacementPerCombatHour;
    private double crossfireCasualtiesPerCombatCasualty;
    private double killedFraction;
    private double sympathyMahdi;
    private double sympathyGovernment;
    private double sympathyBadr;
    private double sympathyFadhila;
    private double sympathyMixed;
    private double sympathyLossPerCasualty;
    private double shelterCombatHours;
    private double returnPerQuietHour;

    /** Share of a cell's present population that flees in an hour of fighting there. */
    public double getDisplacementPerCombatHour() {
        return displacementPerCombatHour;
    }

    public void setDisplacementPerCombatHour(double value) {
        this.displacementPerCombatHour = value;
    }

    public String desDisplacementPerCombatHour() {
        return "Share of a cell's present population that flees in an hour of fighting there.";
    }

    public Object domDisplacementPerCombatHour() {
        return new Interval(0.0, 1.0);
    }

    /** Mean civilian casualties per combatant casualty in a cell, at full occupancy and density 1. */
    public double getCrossfireCasualtiesPerCombatCasualty() {
        return crossfireCasualtiesPerCombatCasualty;
    }

    public void setCrossfireCasualtiesPerCombatCasualty(double value) {
        this.crossfireCasualtiesPerCombatCasualty = value;
    }

    public String desCrossfireCasualtiesPerCombatCasualty() {
        return "Mean civilian casualties per combatant casualty in a cell, at full occupancy and density 1.";
    }

    public Object domCrossfireCasualtiesPerCombatCasualty() {
        return new Interval(0.0, 5.0);
    }

    /** Share of civilian casualties who are killed (the rest wounded). */
    public double getKilledFraction() {
        return killedFraction;
    }

    public void setKilledFraction(double value) {
        this.killedFraction = value;
    }

    public String desKilledFraction() {
        return "Share of civilian casualties who are killed (the rest wounded).";
    }

    public Object domKilledFraction() {
        return new Interval(0.0, 1.0);
    }

    /** Initial sympathy for the government in Mahdi districts (0 = hostile, 1 = loyal). */
    public double getSympathyMahdi() {
        return sympathyMahdi;
    }

    public void setSympathyMahdi(double value) {
        this.sympathyMahdi = value;
    }

    public String desSympathyMahdi() {
        return "Initial sympathy for the government in Mahdi districts (0 = hostile, 1 = loyal).";
    }

    public Object domSympathyMahdi() {
        return new Interval(0.0, 1.0);
    }

    /** Initial sympathy for the government in government districts. */
    public double getSympathyGovernment() {
        return sympathyGovernment;
    }

    public void setSympathyGovernment(double value) {
        this.sympathyGovernment = value;
    }

    public String desSympathyGovernment() {
        return "Initial sympathy for the government in government districts.";
    }

    public Object domSympathyGovernment() {
        return new Interval(0.0, 1.0);
    }

    /** Initial sympathy for the government in Badr districts. */
    public double getSympathyBadr() {
        return sympathyBadr;
    }

    public void setSympathyBadr(double value) {
        this.sympathyBadr = value;
    }

    public String desSympathyBadr() {
        return "Initial sympathy for the government in Badr districts.";
    }

    public Object domSympathyBadr() {
        return new Interval(0.0, 1.0);
    }

    /** Initial sympathy for the government in Fadhila districts. */
    public double getSympathyFadhila() {
        return sympathyFadhila;
    }

    public void setSympathyFadhila(double value) {
        this.sympathyFadhila = value;
    }

    public String desSympathyFadhila() {
        return "Initial sympathy for the government in Fadhila districts.";
    }

    public Object domSympathyFadhila() {
        return new Interval(0.0, 1.0);
    }

    /** Initial sympathy for the government in mixed districts. */
    public double getSympathyMixed() {
        return sympathyMixed;
    }

    public void setSympathyMixed(double value) {
        this.sympathyMixed = value;
    }

    public String desSympathyMixed() {
        return "Initial sympathy for the government in mixed districts.";
    }

    public Object domSympathyMixed() {
        return new Interval(0.0, 1.0);
    }

    /** Sympathy for the government lost per civilian casualty from government or coalition fire, per 1,000 residents. */
    public double getSympathyLossPerCasualty() {
        return sympathyLossPerCasualty;
    }

    public void setSympathyLossPerCasualty(double value) {
        this.sympathyLossPerCasualty = value;
    }

    public String desSympathyLossPerCasualty() {
        return "Sympathy for the government lost per civilian casualty from government or coalition fire, per 1,000 residents.";
    }

    public Object domSympathyLossPerCasualty() {
        return new Interval(0.0, 1.0);
    }

    /**
     * Hours of fighting in a block within about a day before its residents leave; until then the curfew keeps them
     * sheltering at home.
     */
    public double getShelterCombatHours() {
        return shelterCombatHours;
    }

    public void setShelterCombatHours(double value) {
        this.shelterCombatHours = value;
    }

    public String desShelterCombatHours() {
        return "Hours of fighting in a block within about a day before its residents leave; until then the curfew"
                + " keeps them sheltering at home.";
    }

    public Object domShelterCombatHours() {
        return new Interval(0.0, 24.0);
    }

    /** Share of a block's displaced residents who return each hour once the block has been quiet for a day. */
    public double getReturnPerQuietHour() {
        return returnPerQuietHour;
    }

    public void setReturnPerQuietHour(double value) {
        this.returnPerQuietHour = value;
    }

    public String desReturnPerQuietHour() {
        return "Share of a block's displaced residents who return each hour once the block has been quiet for a day.";
    }

    public Object domReturnPerQuietHour() {
        return new Interval(0.0, 1.0);
    }
}
