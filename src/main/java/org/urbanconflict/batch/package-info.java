/**
 * Model-neutral experiments: batches, slices and merges, sweeps, paired comparisons, seeds, crash-safe journals,
 * results folders with their data dictionary, and statistics. Sees only {@link org.urbanconflict.core.Experiment}, so
 * every model of the library gets them.
 */
package org.urbanconflict.batch;
