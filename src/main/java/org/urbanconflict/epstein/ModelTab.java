package org.urbanconflict.epstein;

import java.io.Serializable;
import sim.util.Interval;

/**
 * What the MASON Console's Model tab shows for {@link EpsteinModel} (its {@code propertiesProxy}): legitimacy and
 * cop density as sliders that act on the run under way at the next step, and on the next start; the arrest rule
 * and the counts read-only. Every other parameter takes effect at the next start, through
 * {@link EpsteinModel#configuredParameters()}.
 */
public final class ModelTab implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EpsteinModel m;

    ModelTab(EpsteinModel m) {
        this.m = m;
    }

    private EpsteinParameters current() {
        return m.p != null ? m.p : m.configuredParameters();
    }

    public double getLegitimacy() {
        return current().getLegitimacy();
    }

    public void setLegitimacy(double value) {
        double v = Math.max(0, Math.min(1, value));
        m.configuredParameters().setLegitimacy(v);
        if (m.p != null) {
            m.p.setLegitimacy(v);
        }
    }

    public Object domLegitimacy() {
        return new Interval(0.0, 1.0);
    }

    public String desLegitimacy() {
        return "L: grievance is hardship x (1 - L). Takes effect at the next step.";
    }

    public double getCopDensity() {
        return current().getCopDensity();
    }

    public void setCopDensity(double value) {
        double v = Math.max(0, Math.min(1 - m.configuredParameters().getCitizenDensity(), value));
        m.configuredParameters().setCopDensity(v);
        if (m.p != null) {
            m.p.setCopDensity(v);
        }
    }

    public Object domCopDensity() {
        return new Interval(0.0, 0.3);
    }

    public String desCopDensity() {
        return "Share of cells holding a cop; cops are added or removed at random at the next step.";
    }

    public String getArrestRule() {
        return current().arrestRule().jsonName();
    }

    public String desArrestRule() {
        return "literal (the paper as printed), floor (NetLogo Rebellion) or round (Mesa); set in the scenario file.";
    }

    public int getActive() {
        return m.lattice == null ? 0 : m.activeCount;
    }

    public int getQuiet() {
        return m.lattice == null ? 0 : m.quietCount();
    }

    public int getJailed() {
        return m.lattice == null ? 0 : m.jailedCount;
    }

    public int getOutbursts() {
        return m.outburstsStarted();
    }
}
