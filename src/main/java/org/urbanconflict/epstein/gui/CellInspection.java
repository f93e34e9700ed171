package org.urbanconflict.epstein.gui;

import org.urbanconflict.epstein.CitizenView;
import org.urbanconflict.epstein.EpsteinModel;

/**
 * What a click on a cell of the lattice shows in the Console: the citizen or cop on it, read-only (getters only,
 * so MASON's inspector offers no field to type into, and nothing can paint a fake agent), with the quantities of
 * Epstein's rule A for a citizen. Read live from the model at each refresh, so it follows the cell as the run goes
 * on. Headless.
 */
public final class CellInspection {
    private final EpsteinModel model;
    private final int x;
    private final int y;

    public CellInspection(EpsteinModel model, int x, int y) {
        this.model = model;
        this.x = x;
        this.y = y;
    }

    private CitizenView citizen() {
        return model.citizenAt(x, y);
    }

    /** "Quiet citizen", "Active citizen", "Cop" or "Empty cell". */
    public String getHolds() {
        return EpsteinPalette.LABELS.get(model.kindAt(x, y));
    }

    public String getCell() {
        return "(" + x + ", " + y + ")";
    }

    public String desHardship() {
        return "H: the citizen's hardship, fixed at birth, uniform on 0 to 1.";
    }

    public double getHardship() {
        CitizenView c = citizen();
        return c == null ? Double.NaN : c.hardship();
    }

    public String desRiskAversion() {
        return "R: the citizen's risk aversion, fixed at birth, uniform on 0 to 1.";
    }

    public double getRiskAversion() {
        CitizenView c = citizen();
        return c == null ? Double.NaN : c.riskAversion();
    }

    public String desGrievance() {
        return "G = H (1 - L): hardship discounted by the regime's legitimacy.";
    }

    public double getGrievance() {
        CitizenView c = citizen();
        return c == null ? Double.NaN : c.grievance();
    }

    public String desArrestProbability() {
        return "P: estimated arrest probability from the cops and actives within vision.";
    }

    public double getArrestProbability() {
        CitizenView c = citizen();
        return c == null ? Double.NaN : c.arrestProbability();
    }

    public String desNetRisk() {
        return "N = R P. The citizen turns active when G - N exceeds the threshold T.";
    }

    public double getNetRisk() {
        CitizenView c = citizen();
        return c == null ? Double.NaN : c.netRisk();
    }

    public double getGrievanceMinusNetRisk() {
        CitizenView c = citizen();
        return c == null ? Double.NaN : c.grievance() - c.netRisk();
    }

    @Override
    public String toString() {
        return getHolds() + " at " + getCell();
    }
}
