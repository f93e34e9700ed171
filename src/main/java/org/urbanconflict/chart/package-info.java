/**
 * JFreeChart and Java2D builders that write PNG files: fans, histograms, probabilities, forest plots, the scorecard
 * and the region map. Model-neutral and headless.
 */
package org.urbanconflict.chart;
