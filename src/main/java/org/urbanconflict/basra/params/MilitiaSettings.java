package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.List;
import sim.util.Interval;

/** The Militia tab: the Mahdi Army's strength, arms and discipline. */
public final class MilitiaSettings implements Ordered {
    private static final Interval FIGHTERS = new Interval(0L, 20000L);
    private static final Interval CELL_SIZE = new Interval(20L, 500L);
    private static final Interval WEAPONS_PER_FIGHTER = new Interval(0.0, 3.0);
    private static final Interval MORTAR_ROUNDS = new Interval(0L, 200L);
    private static final Interval IEDS = new Interval(0L, 30L);
    private static final Interval RECRUITS_PER_MILLION = new Interval(0.0, 20.0);

    private final ParameterSource source;

    public MilitiaSettings(ParameterSource source) {
        this.source = source;
    }

    private MilitiaParameters p() {
        return source.parameters().getMilitia();
    }

    public int getFighters() {
        return p().getFighters();
    }

    public void setFighters(int value) {
        p().setFighters(Limits.clamp(value, FIGHTERS));
    }

    public Object domFighters() {
        return FIGHTERS;
    }

    public String desFighters() {
        return "Mahdi Army fighters in Basra at the start. Estimates run from 5,000 to 17,000; the baseline takes "
                + "7,000.";
    }

    public int getCellSize() {
        return p().getCellSize();
    }

    public void setCellSize(int value) {
        p().setCellSize(Limits.clamp(value, CELL_SIZE));
    }

    public Object domCellSize() {
        return CELL_SIZE;
    }

    public String desCellSize() {
        return "Fighters per militia cell (one agent on the map).";
    }

    public double getStrongholdShare() {
        return p().getStrongholdShare();
    }

    public void setStrongholdShare(double value) {
        p().setStrongholdShare(Limits.clamp(value, Limits.SHARE));
    }

    public Object domStrongholdShare() {
        return Limits.SHARE;
    }

    public String desStrongholdShare() {
        return "Share of the cells placed in the named strongholds (Hayaniya, Qibla, Five Mile and the others); the "
                + "rest go to other Mahdi and mixed districts.";
    }

    public double getWeaponsPerFighter() {
        return p().getWeaponsPerFighter();
    }

    public void setWeaponsPerFighter(double value) {
        p().setWeaponsPerFighter(Limits.clamp(value, WEAPONS_PER_FIGHTER));
    }

    public Object domWeaponsPerFighter() {
        return WEAPONS_PER_FIGHTER;
    }

    public String desWeaponsPerFighter() {
        return "Small arms per fighter at the start. A cell fights with the smaller of its fighters and its weapons.";
    }

    public int getMortarRoundsPerCell() {
        return p().getMortarRoundsPerCell();
    }

    public void setMortarRoundsPerCell(int value) {
        p().setMortarRoundsPerCell(Limits.clamp(value, MORTAR_ROUNDS));
    }

    public Object domMortarRoundsPerCell() {
        return MORTAR_ROUNDS;
    }

    public String desMortarRoundsPerCell() {
        return "Mortar and rocket rounds each cell starts with.";
    }

    public int getIedsPerCell() {
        return p().getIedsPerCell();
    }

    public void setIedsPerCell(int value) {
        p().setIedsPerCell(Limits.clamp(value, IEDS));
    }

    public Object domIedsPerCell() {
        return IEDS;
    }

    public String desIedsPerCell() {
        return "Roadside bombs (IEDs) each cell starts with; an ambush uses one.";
    }

    public double getRecruitsPerMillionSympathisers() {
        return Math.round(p().getRecruitmentRate() * Limits.PER_MILLION * 1e6) / 1e6;
    }

    public void setRecruitsPerMillionSympathisers(double value) {
        p().setRecruitmentRate(Limits.clamp(value, RECRUITS_PER_MILLION) / Limits.PER_MILLION);
    }

    public Object domRecruitsPerMillionSympathisers() {
        return RECRUITS_PER_MILLION;
    }

    public String desRecruitsPerMillionSympathisers() {
        return "Hourly recruits per million sympathetic residents of a cell's home district (the scenario file's "
                + "recruitmentRate times 1,000,000).";
    }

    public double getStandDownCompliance() {
        return p().getStandDownCompliance();
    }

    public void setStandDownCompliance(double value) {
        p().setStandDownCompliance(Limits.clamp(value, Limits.SHARE));
    }

    public Object domStandDownCompliance() {
        return Limits.SHARE;
    }

    public String desStandDownCompliance() {
        return "Chance that a cell obeys Sadr's order to leave the streets at the ceasefire.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Fighters", "CellSize", "StrongholdShare", "WeaponsPerFighter", "MortarRoundsPerCell",
                "IedsPerCell", "RecruitsPerMillionSympathisers", "StandDownCompliance");
    }

    @Override
    public String toString() {
        return "Mahdi Army";
    }
}
