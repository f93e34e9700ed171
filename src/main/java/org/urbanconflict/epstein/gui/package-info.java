/**
 * The MASON GUI of Epstein's model: the lattice view and its legend.
 */
package org.urbanconflict.epstein.gui;
