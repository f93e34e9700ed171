/**
 * The Spark build's entry point and its {@link org.urbanconflict.batch.ReplicateEngine}: the driver builds the same
 * tasks as the command line, Spark runs them in chunks on the cluster's executors, and the driver alone journals what
 * comes back and writes the results folder. Built only with {@code mvn -Pspark} (README, "On a cluster").
 */
package org.urbanconflict.spark;
