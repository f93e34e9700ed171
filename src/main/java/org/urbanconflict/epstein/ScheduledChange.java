package org.urbanconflict.epstein;

import java.io.Serializable;

/**
 * A change a scenario makes to a parameter during the run: the paper's legitimacy drops (Figs. 9 and 10) and cop
 * reductions (Fig. 11). The value moves in equal increments from what it is when step {@code fromStep} begins to
 * {@code to} when step {@code toStep} begins; {@code fromStep == toStep} is a jump. Steps count from 1.
 *
 * @param reason the change's source or assumption, as the scenario file gives it
 */
public record ScheduledChange(Target target, int fromStep, int toStep, double to, String reason)
        implements Serializable {

    /** The parameters a schedule may change while a run is under way. */
    public enum Target {
        LEGITIMACY("legitimacy"), COP_DENSITY("copDensity");

        private final String jsonName;

        Target(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static Target of(String name) {
            for (Target t : values()) {
                if (t.jsonName.equals(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no schedulable parameter " + name);
        }
    }

    /** The value when step {@code step} begins, given the value {@code from} had when {@code fromStep} began. */
    public double valueAt(int step, double from) {
        if (step < fromStep) {
            return from;
        }
        if (step >= toStep) {
            return to;
        }
        double share = (double) (step - fromStep + 1) / (toStep - fromStep + 1);
        return from + (to - from) * share;
    }

    /** Whether the change leaves room on the lattice: a cop density plus the citizen density may not pass 1. */
    public boolean leavesRoom(EpsteinParameters p) {
        return target != Target.COP_DENSITY || to + p.getCitizenDensity() <= 1 + 1e-12;
    }
}
