package org.urbanconflict.epstein;

import java.io.Serializable;
import sim.util.Interval;

/**
 * The parameters of Epstein's civil violence model (Model I), as one bean: the scenario loader fills it, the model
 * copies it at each start, and the MASON Console's Model tab edits it (sliders from {@code dom}, tooltips from
 * {@code des}). Defaults are Run 2 of the paper's Table 2 (Epstein 2002), the punctuated-equilibrium run. Setters
 * do not check: the loader rejects bad values in files with precise messages, and {@link #problems()} names what
 * a hand-built bean gets wrong.
 */
public final class EpsteinParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private int width = 40;
    private int height = 40;
    private double citizenDensity = 0.7;
    private double copDensity = 0.04;
    private double citizenVision = 7;
    private double copVision = 7;
    private double legitimacy = 0.82;
    private int maxJailTerm = 30;
    private boolean infiniteJail;
    private double threshold = 0.1;
    private double arrestConstant = 2.3;
    private ArrestRule arrestRule = ArrestRule.FLOOR;
    private boolean activeCountsTwice;
    private boolean movement = true;
    private int steps = 1000;
    private int outburstThreshold = 50;

    public EpsteinParameters() {
    }

    /** A copy, so a run never shares a bean the GUI is editing. */
    public EpsteinParameters copy() {
        EpsteinParameters c = new EpsteinParameters();
        c.width = width;
        c.height = height;
        c.citizenDensity = citizenDensity;
        c.copDensity = copDensity;
        c.citizenVision = citizenVision;
        c.copVision = copVision;
        c.legitimacy = legitimacy;
        c.maxJailTerm = maxJailTerm;
        c.infiniteJail = infiniteJail;
        c.threshold = threshold;
        c.arrestConstant = arrestConstant;
        c.arrestRule = arrestRule;
        c.activeCountsTwice = activeCountsTwice;
        c.movement = movement;
        c.steps = steps;
        c.outburstThreshold = outburstThreshold;
        return c;
    }

    /** What is wrong with these values, one sentence each; empty when the model can run them. */
    public java.util.List<String> problems() {
        java.util.List<String> p = new java.util.ArrayList<>();
        if (width < 3 || height < 3) {
            p.add("the torus must be at least 3 x 3 (got " + width + " x " + height + ")");
        }
        if (citizenDensity < 0 || copDensity < 0 || citizenDensity + copDensity > 1) {
            p.add("citizen density " + citizenDensity + " plus cop density " + copDensity
                    + " must each be at least 0 and add up to at most 1");
        }
        double half = Math.min(width, height) / 2.0;
        if (citizenVision < 1 || citizenVision >= half || copVision < 1 || copVision >= half) {
            p.add("visions must be at least 1 and less than half the torus's smaller side (" + half + ")");
        }
        if (citizenVision > 100 || copVision > 100) {
            p.add("visions must be at most 100 cells (the per-cell counts hold up to 65,535 agents in view)");
        }
        if (maxJailTerm < 1) {
            p.add("the maximum jail term must be at least 1 step (got " + maxJailTerm + ")");
        }
        if (steps < 1) {
            p.add("the run must have at least 1 step (got " + steps + ")");
        }
        if (arrestConstant <= 0 || legitimacy < 0 || legitimacy > 1) {
            p.add("k must be positive and legitimacy between 0 and 1");
        }
        return p;
    }

    public int getWidth() {
        return width;
    }

    public void setWidth(int value) {
        width = value;
    }

    public String desWidth() {
        return "Columns of the torus (the paper's lattice is 40 x 40). Takes effect at the next start.";
    }

    public int getHeight() {
        return height;
    }

    public void setHeight(int value) {
        height = value;
    }

    public String desHeight() {
        return "Rows of the torus. Takes effect at the next start.";
    }

    public double getCitizenDensity() {
        return citizenDensity;
    }

    public void setCitizenDensity(double value) {
        citizenDensity = value;
    }

    public Object domCitizenDensity() {
        return new Interval(0.0, 1.0);
    }

    public String desCitizenDensity() {
        return "Share of cells holding a citizen at the start (Table 2: 0.7).";
    }

    public double getCopDensity() {
        return copDensity;
    }

    public void setCopDensity(double value) {
        copDensity = value;
    }

    public Object domCopDensity() {
        return new Interval(0.0, 0.3);
    }

    public String desCopDensity() {
        return "Share of cells holding a cop (Table 2: 0.04 or 0.074). During a run, cops are added or removed at"
                + " random to match it.";
    }

    public double getCitizenVision() {
        return citizenVision;
    }

    public void setCitizenVision(double value) {
        citizenVision = value;
    }

    public Object domCitizenVision() {
        return new Interval(1.0, 12.0);
    }

    public String desCitizenVision() {
        return "Euclidean radius, in cells, within which a citizen counts cops and actives and moves (Table 2: 7;"
                + " 1.7 gives the eight adjacent cells). Takes effect at the next start.";
    }

    public double getCopVision() {
        return copVision;
    }

    public void setCopVision(double value) {
        copVision = value;
    }

    public Object domCopVision() {
        return new Interval(1.0, 12.0);
    }

    public String desCopVision() {
        return "Euclidean radius, in cells, within which a cop looks for an active citizen to arrest and moves."
                + " Takes effect at the next start.";
    }

    public double getLegitimacy() {
        return legitimacy;
    }

    public void setLegitimacy(double value) {
        legitimacy = value;
    }

    public Object domLegitimacy() {
        return new Interval(0.0, 1.0);
    }

    public String desLegitimacy() {
        return "L, the regime's legitimacy as every citizen perceives it; grievance is hardship x (1 - L).";
    }

    public int getMaxJailTerm() {
        return maxJailTerm;
    }

    public void setMaxJailTerm(int value) {
        maxJailTerm = value;
    }

    public Object domMaxJailTerm() {
        return new Interval(1L, 1000L);
    }

    public String desMaxJailTerm() {
        return "J_max: an arrested citizen is jailed for a term drawn from U(0, J_max), rounded up to whole steps.";
    }

    public boolean isInfiniteJail() {
        return infiniteJail;
    }

    public void setInfiniteJail(boolean value) {
        infiniteJail = value;
    }

    public String desInfiniteJail() {
        return "Jail terms never end (Table 2's J_max = infinity, runs 3 to 5).";
    }

    public double getThreshold() {
        return threshold;
    }

    public void setThreshold(double value) {
        threshold = value;
    }

    public Object domThreshold() {
        return new Interval(0.0, 1.0);
    }

    public String desThreshold() {
        return "T: a citizen is active when grievance minus net risk exceeds T (paper: 0.1).";
    }

    public double getArrestConstant() {
        return arrestConstant;
    }

    public void setArrestConstant(double value) {
        arrestConstant = value;
    }

    public Object domArrestConstant() {
        return new Interval(0.1, 10.0);
    }

    public String desArrestConstant() {
        return "k in P = 1 - exp(-k C/A), set so that P = 0.9 when C = A = 1 (paper: 2.3).";
    }

    /** The rule as an index into {@link ArrestRule#names()}, for the Model tab's pop-up menu. */
    public int getArrestRule() {
        return arrestRule.ordinal();
    }

    public void setArrestRule(int index) {
        arrestRule = ArrestRule.values()[Math.max(0, Math.min(ArrestRule.values().length - 1, index))];
    }

    public Object domArrestRule() {
        return ArrestRule.names();
    }

    public String desArrestRule() {
        return "How C/A enters P: literal (as printed), floor (NetLogo Rebellion) or round (Mesa).";
    }

    public ArrestRule arrestRule() {
        return arrestRule;
    }

    public void arrestRule(ArrestRule rule) {
        arrestRule = rule;
    }

    public boolean isActiveCountsTwice() {
        return activeCountsTwice;
    }

    public void setActiveCountsTwice(boolean value) {
        activeCountsTwice = value;
    }

    public String desActiveCountsTwice() {
        return "NetLogo's count A = 1 + actives in vision including oneself, so an active citizen counts itself"
                + " twice (the paper counts oneself once).";
    }

    public boolean isMovement() {
        return movement;
    }

    public void setMovement(boolean value) {
        movement = value;
    }

    public String desMovement() {
        return "Citizens move to a random empty cell in vision each step (cops always move). Table 2, run 1: none.";
    }

    public int getSteps() {
        return steps;
    }

    public void setSteps(int value) {
        steps = value;
    }

    public String desSteps() {
        return "Length of a headless run, in steps.";
    }

    public int getOutburstThreshold() {
        return outburstThreshold;
    }

    public void setOutburstThreshold(int value) {
        outburstThreshold = value;
    }

    public String desOutburstThreshold() {
        return "An outburst starts when more than this many citizens are active and ends when fewer are (paper: 50).";
    }
}
