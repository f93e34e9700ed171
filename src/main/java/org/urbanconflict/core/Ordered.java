package org.urbanconflict.core;

import java.util.List;

/**
 * An inspected object that says in which order its properties read best. MASON lists properties in whatever order
 * reflection returns them, which is neither the source order nor stable across JVMs; the GUI sorts by this list. The
 * method name does not start with "get", so MASON does not show it as a property.
 */
public interface Ordered {
    /** Property names as MASON spells them (the getter without "get" or "is"), in display order. */
    List<String> propertyOrder();
}
