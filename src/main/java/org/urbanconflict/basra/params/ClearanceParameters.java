package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;
import sim.util.Interval;

/**
 * The second phase, April 2008: after the raids halt, the government resumes a deliberate clearance, one district
 * at a time in a given order, with embedded coalition advisers and coalition fire on request, and dismisses those
 * who refused. Nothing here acts unless {@link #isEnabled()}: the March baseline ends on 1 April, before any of it.
 */
public final class ClearanceParameters implements java.io.Serializable, Ordered {
    private static final long serialVersionUID = 1L;

    private boolean enabled;
    private double resumeDay = 60.0;
    private List<String> order = List.of();
    private double advisersTrainingGain;
    private double militiaResistance;
    private boolean fireOnRequest;
    private double fireHeldFromDay = 60.0;
    private double dismissalsFromDay = 60.0;
    private double dismissalsPerDay;

    /** Whether the April phase happens at all. */
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean value) {
        this.enabled = value;
    }

    public String desEnabled() {
        return "Whether the April 2008 phase happens: the clearance, fire on request and dismissals. Off in the "
                + "March baseline.";
    }

    /** Battle day the deliberate clearance resumes. */
    public double getResumeDay() {
        return resumeDay;
    }

    public void setResumeDay(double value) {
        this.resumeDay = value;
    }

    public String desResumeDay() {
        return "Battle day the deliberate clearance resumes, district by district (12 April is day 19).";
    }

    public Object domResumeDay() {
        return new Interval(1.0, 60.0);
    }

    /** Districts the clearance takes on, one at a time, in this order; each must be an objective. */
    public List<String> getOrder() {
        return order;
    }

    public void setOrder(List<String> value) {
        this.order = value;
    }

    /** District lists belong to a map: the scenario file sets them, the Model tab does not. */
    public boolean hideOrder() {
        return true;
    }

    public String desOrder() {
        return "Districts the clearance takes on, one at a time, in this order (Qibla first in April 2008); each "
                + "must be one of the objectives.";
    }

    /** Training added to units with embedded advisers while the clearance is under way. */
    public double getAdvisersTrainingGain() {
        return advisersTrainingGain;
    }

    public void setAdvisersTrainingGain(double value) {
        this.advisersTrainingGain = value;
    }

    public String desAdvisersTrainingGain() {
        return "Training added to every unit with embedded coalition advisers while the clearance is under way "
                + "(planning, fire coordination); a unit fights with personnel x (0.5 + training).";
    }

    public Object domAdvisersTrainingGain() {
        return new Interval(0.0, 1.0);
    }

    /** Chance that a stood-down militia cell takes up arms again when the clearance reaches its home district. */
    public double getMilitiaResistance() {
        return militiaResistance;
    }

    public void setMilitiaResistance(double value) {
        this.militiaResistance = value;
    }

    public String desMilitiaResistance() {
        return "Chance that a militia cell that obeyed the stand-down order takes up arms again when the clearance "
                + "reaches its home district.";
    }

    public Object domMilitiaResistance() {
        return new Interval(0.0, 1.0);
    }

    /** Whether coalition fire answers requests during the clearance. */
    public boolean isFireOnRequest() {
        return fireOnRequest;
    }

    public void setFireOnRequest(boolean value) {
        this.fireOnRequest = value;
    }

    public String desFireOnRequest() {
        return "Whether US air and UK artillery answer requests from units in contact during the clearance. Untick "
                + "for the 'no coalition fire in April' what-if.";
    }

    /** Battle day from which coalition fire is held outside the clearance. */
    public double getFireHeldFromDay() {
        return fireHeldFromDay;
    }

    public void setFireHeldFromDay(double value) {
        this.fireHeldFromDay = value;
    }

    public String desFireHeldFromDay() {
        return "Battle day from which coalition fire is held: no strikes from then on, except on request during "
                + "the clearance when FireOnRequest is ticked (4 April, when raids halt, is day 11).";
    }

    public Object domFireHeldFromDay() {
        return new Interval(1.0, 60.0);
    }

    /** Battle day from which units that refused to fight are dismissed. */
    public double getDismissalsFromDay() {
        return dismissalsFromDay;
    }

    public void setDismissalsFromDay(double value) {
        this.dismissalsFromDay = value;
    }

    public String desDismissalsFromDay() {
        return "Battle day from which units that refused to fight are dismissed; they leave the force as "
                + "dismissed, not as killed.";
    }

    public Object domDismissalsFromDay() {
        return new Interval(1.0, 60.0);
    }

    /** Daily rate at which a refusing unit is dismissed. */
    public double getDismissalsPerDay() {
        return dismissalsPerDay;
    }

    public void setDismissalsPerDay(double value) {
        this.dismissalsPerDay = value;
    }

    public String desDismissalsPerDay() {
        return "Daily rate at which a unit that refused is dismissed (0.25 = a mean of four days to dismissal).";
    }

    public Object domDismissalsPerDay() {
        return new Interval(0.0, 5.0);
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Enabled", "ResumeDay", "AdvisersTrainingGain", "MilitiaResistance", "FireOnRequest",
                "FireHeldFromDay", "DismissalsFromDay", "DismissalsPerDay");
    }
}
