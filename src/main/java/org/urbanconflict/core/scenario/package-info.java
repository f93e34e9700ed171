/**
 * The cited-file machinery every model's scenario files share: JSON read with file, line and column, {@code extends},
 * JSON Schema checks in plain words, citations, canonical hashes and parameter points. Knows no model, so each model's
 * loader gets located errors and citations for free.
 */
package org.urbanconflict.core.scenario;
