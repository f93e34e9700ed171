package org.urbanconflict.basra;

/**
 * The submodels that draw random numbers, each from its own generator ({@link RandomStreams}). A what-if that changes
 * one submodel (no coalition fire, say) then shifts only that submodel's draws: the others see the same numbers in
 * the same order as long as they are asked the same questions, which is what makes {@code compare}'s paired
 * differences narrow. The id is part of each generator's seed, so it must never change; new streams take new ids.
 */
public enum RandomStream {
    /** Where units and militia cells start. */
    PLACEMENT(1),
    /** Refusal, desertion and defection of government units. */
    HAZARDS(2),
    /** Militia postures, recruitment, IEDs, mortars, hand-ins and the stand-down order. */
    MILITIA(3),
    /** Whether contact becomes an engagement, and the losses in it. */
    COMBAT(4),
    /** The killed and wounded split of every casualty of either side. */
    CASUALTY_SPLIT(5),
    /** Coalition strike requests, precision and strike losses. */
    FIRE_SUPPORT(6),
    /** Residents: flight, return, crossfire and the killed share of civilian casualties. */
    CIVILIANS(7),
    /** Mediation and the ceasefire. */
    POLITICS(8),
    /** Empty blocks slipping back to the militia. */
    TERRITORY(9),
    /** The April clearance: dismissals of refusing units and whether stood-down cells take up arms again. */
    CLEARANCE(10);

    private final int id;

    RandomStream(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }
}
