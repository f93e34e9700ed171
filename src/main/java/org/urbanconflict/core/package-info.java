/**
 * What every model shares: {@link org.urbanconflict.core.Experiment} (a model with a fixed configuration, ready to
 * run replicates), {@link org.urbanconflict.core.RunResult}, declared metrics ({@link org.urbanconflict.core.Metric},
 * {@link org.urbanconflict.core.MetricSet}), what charts need of a map, and the model registry
 * ({@link org.urbanconflict.core.ModelRegistry}, {@link org.urbanconflict.core.BundledScenarios}). Everything else is
 * written against this package, so the batch machinery, charts and commands work for any model.
 */
package org.urbanconflict.core;
