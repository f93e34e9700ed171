package org.urbanconflict.epstein;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a citizen turns the cops and actives it sees into an estimated arrest probability
 * P = 1 − exp(−k · f(C/A)). The paper prints f as the identity; the two well-known ports change it, and only the
 * changed rules give the paper's punctuated equilibrium (see docs/epstein-docking.md).
 */
public enum ArrestRule {
    /** f(x) = x, as printed in Epstein (2002), eq. for P: P rises smoothly with the cop-to-active ratio. */
    LITERAL("literal", "Epstein 2002, PNAS 99 suppl. 3, Model I: P = 1 - exp[-k(C/A)v], as printed"),
    /**
     * f(x) = ⌊x⌋, from Wilensky's NetLogo Rebellion (2004), whose Info tab says that without it "the model does not
     * exhibit punctuated equilibrium": P is 0 once actives outnumber the cops in view and about 0.9 otherwise.
     */
    FLOOR("floor", "NetLogo Rebellion (Wilensky 2004), estimated-arrest-probability: 1 - exp(- k * floor (C / A))"),
    /**
     * f(x) = x rounded half to even (Python's {@code round}), from Mesa's epstein_civil_violence example (Mesa 3), whose
     * comment says that "without it, its impossible to replicate the dynamics": P is 0 once actives outnumber the cops
     * in view two to one.
     */
    ROUND("round", "Mesa 3 examples/advanced/epstein_civil_violence/agents.py: round(cops_in_vision / actives_in_vision)");

    private final String jsonName;
    private final String origin;

    ArrestRule(String jsonName, String origin) {
        this.jsonName = jsonName;
        this.origin = origin;
    }

    /** The name scenario files use: literal, floor or round. */
    public String jsonName() {
        return jsonName;
    }

    /** Where the rule comes from, for reports and tooltips. */
    public String origin() {
        return origin;
    }

    /** f(C/A) for C cops and A ≥ 1 actives counted in view. */
    public double ratio(int cops, int actives) {
        return switch (this) {
            case LITERAL -> (double) cops / actives;
            case FLOOR -> cops / actives;
            case ROUND -> Math.rint((double) cops / actives);
        };
    }

    /** The rule of a scenario file's name; throws naming the allowed names. */
    public static ArrestRule of(String name) {
        for (ArrestRule r : values()) {
            if (r.jsonName.equals(name.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("no arrest rule '" + name + "'; allowed: " + Arrays.toString(names()));
    }

    /** literal, floor, round: the pop-up menu of the Model tab and the schema's enum. */
    public static String[] names() {
        return Arrays.stream(values()).map(ArrestRule::jsonName).toArray(String[]::new);
    }
}
