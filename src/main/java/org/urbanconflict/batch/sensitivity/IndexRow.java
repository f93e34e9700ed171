package org.urbanconflict.batch.sensitivity;

/**
 * One estimated statistic of one parameter, as a row of {@code indices.csv}: for example Morris's μ* of the third
 * parameter, or its Sobol total index at N = 256.
 *
 * @param parameter the parameter's position in the design
 * @param statistic {@code mu}, {@code mu_star}, {@code sigma} (Morris) or {@code S1}, {@code ST} (Sobol)
 * @param low       lower end of the bootstrap 95% interval, or NaN where none is computed
 * @param high      upper end, or NaN
 * @param n         how many trajectories (Morris) or base rows (Sobol) the estimate used, after dropping those with
 *                  a missing output
 */
public record IndexRow(int parameter, String statistic, double value, double low, double high, int n) {
}
