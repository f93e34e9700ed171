package org.urbanconflict.basra;

import java.io.Serializable;

/**
 * A dated event of the battle.
 *
 * @param subject the agent concerned (a unit or militia cell), or null, so a display can inspect it
 */
public record BattleEvent(int hour, EventKind kind, Object subject, String text) implements Serializable {
}
