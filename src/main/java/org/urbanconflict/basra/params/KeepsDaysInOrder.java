package org.urbanconflict.basra.params;

/**
 * A bean with two days that must stay in order (start before horizon, first reinforcements before the last). The
 * Model tab calls {@link #orderDays} after a student moves one of them, so the other follows instead of the next
 * start failing. Setters stay plain on purpose: the loader and sweeps must get exactly the value they set, and a
 * value out of order is refused there with a message ({@code ParameterRules}), never moved in silence.
 */
public interface KeepsDaysInOrder {
    /** Moves the other day of the pair when the property just set (as MASON names it) has crossed it. */
    void orderDays(String changedProperty);
}
