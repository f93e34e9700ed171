/**
 * The MASON GUI of the Basra model: the battle map and its layers, live charts, inspectors and the event log. Only GUI
 * packages touch Swing, so headless commands never load it.
 */
package org.urbanconflict.basra.gui;
