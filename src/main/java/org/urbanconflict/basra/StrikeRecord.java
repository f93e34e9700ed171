package org.urbanconflict.basra;

import java.io.Serializable;

/** A coalition strike that happened, for displays (markers that fade) and the event log. */
public record StrikeRecord(int hour, int cell, boolean air, boolean onTarget) implements Serializable {
}
