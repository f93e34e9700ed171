/**
 * Epstein's civil violence model (Model I of Epstein 2002) in one package: the model, its lattice, census and summary
 * metrics, loader and {@link org.urbanconflict.epstein.EpsteinExperiment}, so batches, sweeps and comparisons run it
 * like any other model.
 */
package org.urbanconflict.epstein;
