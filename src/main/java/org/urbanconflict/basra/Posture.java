package org.urbanconflict.basra;

/** What a militia cell is doing this hour. */
public enum Posture {
    DEFEND, AMBUSH, RAID, INDIRECT_FIRE, SABOTAGE, STOOD_DOWN
}
