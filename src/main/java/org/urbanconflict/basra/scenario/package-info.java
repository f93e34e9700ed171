/**
 * Basra scenarios: the loaded {@link org.urbanconflict.basra.scenario.Scenario}, its loader with validation, the district
 * map, and the rules that tie several values together, which the loader and sweeps both check.
 */
package org.urbanconflict.basra.scenario;
