package org.urbanconflict.epstein;

import java.io.Serializable;

/**
 * What citizens saw when they decided (rule A), for the paper's "deceptive behaviour": aggrieved citizens stay quiet
 * while cops are in view and go active where cops are absent. Tallies, over a run, the cops in view of citizens who
 * chose to be active, of those who chose quiet, and of the deterred: those aggrieved enough (G > T) to be active if
 * no cop were near, yet quiet.
 */
final class DecisionTally implements Serializable {
    private static final long serialVersionUID = 1L;

    long activeDecisions;
    long activeCops;
    long activeAlone;
    long quietDecisions;
    long quietCops;
    long deterredDecisions;
    long deterredCops;

    void record(int cops, boolean active, boolean aggrieved) {
        if (active) {
            activeDecisions++;
            activeCops += cops;
            if (cops == 0) {
                activeAlone++;
            }
        } else {
            quietDecisions++;
            quietCops += cops;
            if (aggrieved) {
                deterredDecisions++;
                deterredCops += cops;
            }
        }
    }

    static double mean(long sum, long n) {
        return n == 0 ? Double.NaN : (double) sum / n;
    }
}
