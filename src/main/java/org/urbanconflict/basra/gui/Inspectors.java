package org.urbanconflict.basra.gui;

import org.urbanconflict.basra.GovernmentUnit;
import org.urbanconflict.basra.MilitiaCell;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * Builds the inspectors the GUI shows: MASON's {@link SimpleInspector} over a {@link ReadableProperties}, so names
 * read as words and properties come in a sensible order, and over an inspection bean rather than the raw agent, so a
 * unit shows its district and the control history of its ground. One place, so a click on the map and a click in
 * the event log show the same thing.
 */
final class Inspectors {
    /** Enough rows that no inspector in this GUI pages its properties. */
    private static final int MAX_PROPERTIES = 40;

    private Inspectors() {
    }

    static Inspector of(Object bean, GUIState gui) {
        SimpleInspector inspector = new SimpleInspector(new ReadableProperties(bean), gui, null, MAX_PROPERTIES);
        inspector.setTitle(String.valueOf(bean));
        return inspector;
    }

    /** The inspection bean for an agent of the model (a unit or a militia cell), or null for anything else. */
    static Object beanFor(Object agent, MapState map) {
        if (agent instanceof GovernmentUnit unit) {
            return new UnitInspection(map.model(), map.history(), unit);
        }
        if (agent instanceof MilitiaCell cell) {
            return new MilitiaInspection(map.model(), map.history(), cell);
        }
        return null;
    }
}
