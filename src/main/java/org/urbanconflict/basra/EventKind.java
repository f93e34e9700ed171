package org.urbanconflict.basra;

/** Kinds of dated events in the battle log. */
public enum EventKind {
    OFFENSIVE, REFUSAL, DEFECTION, FIRST_STRIKE, SABOTAGE, ULTIMATUM, MEDIATION, CEASEFIRE, DISTRICT_TAKEN,
    REINFORCEMENT, ADVISERS, CLEARANCE, DISMISSAL
}
