package org.urbanconflict.basra.scenario;

import java.io.Serializable;

/** A labelled point on the map (the palace, the operations centre, the bridge), for displays and documentation. */
public record Landmark(String id, String label, int row, int col) implements Serializable {
}
