/**
 * The Basra 2008 model in one package, like a MASON example: {@link org.urbanconflict.basra.ConflictModel} (the
 * {@code SimState}), its agents, combat, territory and metrics, and {@link org.urbanconflict.basra.BasraExperiment}, the
 * one construction path the command line, the GUI, batches and tests share.
 */
package org.urbanconflict.basra;
