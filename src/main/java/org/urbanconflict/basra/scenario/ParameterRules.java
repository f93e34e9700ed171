package org.urbanconflict.basra.scenario;

import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.basra.params.PostureWeights;
import org.urbanconflict.basra.params.ScenarioParameters;
import org.urbanconflict.core.scenario.BeanPointer;

/**
 * The rules that tie several Basra parameters together, declared once: the loader checks them on a file (with line
 * and column), and a sweep point, design row or calibration particle on its copied bean, so both refuse the same
 * values. Single values are held to their ranges by the schema ({@link org.urbanconflict.core.scenario.NumericRange}).
 */
public final class ParameterRules {
    /** Two days in order: {@code later} must come after {@code earlier} (or on the same day, if allowed). */
    public record DayOrder(String earlier, String later, boolean equalAllowed, String why) {
        boolean holds(double earlierDay, double laterDay) {
            return earlierDay < laterDay || (equalAllowed && earlierDay == laterDay);
        }
    }

    public static final List<DayOrder> DAY_ORDERS = List.of(
            new DayOrder("/time/startDay", "/time/horizonDays", false, "the run must end after it starts"),
            new DayOrder("/government/reinforcements/firstDay", "/government/reinforcements/lastDay", true,
                    "the last reinforcements cannot arrive before the first"),
            new DayOrder("/ultimatum/issuedDay", "/ultimatum/extensionDay", true,
                    "a deadline cannot be extended before the ultimatum is issued"),
            new DayOrder("/ultimatum/extensionDay", "/ultimatum/extendedUntilDay", false,
                    "the extended deadline ends after the extension"),
            new DayOrder("/time/startDay", "/mediation/startDay", true,
                    "the mediators start during the run; a scenario without mediation says /mediation/enabled false"),
            new DayOrder("/time/startDay", "/government/raidsHaltDay", true,
                    "raids halt during the run; a scenario without raids after the ceasefire says"
                            + " /government/raidsAfterCeasefire false"));

    public static final String POSTURES = "/militia/postures";

    private ParameterRules() {
    }

    /** What is wrong with a bean's values, one sentence each naming the pointer; empty when a run can take them. */
    public static List<String> problems(ScenarioParameters p) {
        List<String> problems = new ArrayList<>();
        for (DayOrder order : DAY_ORDERS) {
            double a = BeanPointer.get(p, order.earlier());
            double b = BeanPointer.get(p, order.later());
            if (!order.holds(a, b)) {
                problems.add(order.later() + ": found " + b + ", not after " + order.earlier() + " (" + a
                        + "); allowed: a day " + (order.equalAllowed() ? "on or after " : "after ") + order.earlier()
                        + ": " + order.why());
            }
        }
        PostureWeights w = p.getMilitia().getPostures();
        if (w.getDefend() + w.getAmbush() + w.getRaid() + w.getIndirectFire() + w.getSabotage() <= 0) {
            problems.add(POSTURES + ": found every posture weight 0; allowed: weights with a positive sum");
        }
        return problems;
    }
}
