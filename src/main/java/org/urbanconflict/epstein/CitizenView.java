package org.urbanconflict.epstein;

/**
 * One citizen as rule A sees it at this moment: grievance {@code G = H (1 - L)}, estimated arrest probability
 * {@code P}, net risk {@code N = R P}, and whether {@code G - N > T} makes it active. A read-only copy for the GUI's
 * inspector; changing it changes nothing in the model.
 */
public record CitizenView(int index, boolean active, double hardship, double riskAversion, double grievance,
        double arrestProbability, double netRisk, double threshold) {
}
