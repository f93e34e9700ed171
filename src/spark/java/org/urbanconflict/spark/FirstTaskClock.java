package org.urbanconflict.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Listens on the driver for the first task to start on any executor, so that a session's manifest can tell Spark's
 * fixed start from its throughput (see {@link SparkEngine}). Spark calls it on its listener thread; a task's start is
 * posted a few milliseconds after it happens, which is noise beside a start of seconds.
 */
final class FirstTaskClock extends SparkListener {
    private volatile long firstStart;

    @Override
    public void onTaskStart(SparkListenerTaskStart taskStart) {
        if (firstStart == 0) {
            firstStart = System.nanoTime();
        }
    }

    /** When the first task started since the last {@link #reset}, in System.nanoTime, or 0 if none has. */
    long nanos() {
        return firstStart;
    }

    void reset() {
        firstStart = 0;
    }
}
