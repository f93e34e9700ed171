package org.urbanconflict.gui;

import java.nio.file.Path;

/**
 * How the GUI was asked to start, from the command line. A plain record with no AWT in it, so the headless command
 * line can build it without loading Swing.
 *
 * @param seed         random seed of the first run (the Console's seed field; 1 reproduces {@code run --seed 1})
 * @param presentation large fonts and thick lines, for a projector
 * @param hours        hours to step before handing over to the user (0: start paused at hour 0)
 * @param screenshot   where to save a PNG of every GUI window after stepping, or null
 * @param exit         quit once the screenshot is saved (for CI and for making handouts)
 * @param against      a scenario to run first to {@code hours} and pin as the baseline, so the scenario then run
 *                     shows against its faint lines; or null
 * @param selfCheck    drive the windows as a class would and check what they show (CI, under Xvfb); exit 1 on a
 *                     failure
 */
public record GuiSettings(long seed, boolean presentation, int hours, Path screenshot, boolean exit, Path against,
        boolean selfCheck) {
}
