/**
 * Swing pieces both models' GUIs share: Console wiring, the scenario picker, window layout, styles and picture
 * capture.
 */
package org.urbanconflict.gui;
