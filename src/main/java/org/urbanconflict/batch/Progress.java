package org.urbanconflict.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch: a live bar (runs done, runs per second, time left) on a terminal, or a plain line every few
 * seconds when output goes to a file or a CI log, where a redrawn bar would be noise. Neither shows a time left until
 * {@link #estimateIsStable} says the rate means something: while the JIT compiler warms up, the first runs are several
 * times slower than the rest, and an estimate made from them overstates the time left by as much.
 */
public interface Progress extends AutoCloseable {
    /** Runs this session must have made before the time left is estimated. */
    int MIN_RUNS_FOR_ESTIMATE = 20;
    /** Seconds this session must have run before the time left is estimated. */
    double MIN_SECONDS_FOR_ESTIMATE = 10;

    void advance();

    /** Whether a rate measured over {@code runs} runs of this session and {@code seconds} is worth extrapolating. */
    static boolean estimateIsStable(long runs, double seconds) {
        return runs >= MIN_RUNS_FOR_ESTIMATE && seconds >= MIN_SECONDS_FOR_ESTIMATE;
    }

    @Override
    void close();

    /** A bar on an interactive terminal, plain lines otherwise; {@code alreadyDone} counts resumed runs. */
    static Progress create(String task, int total, int alreadyDone, boolean quiet) {
        if (quiet) {
            return new Silent();
        }
        if (onTerminal()) {
            return new Bar(task, total, alreadyDone);
        }
        return new Lines(task, total, alreadyDone, System.err, Duration.ofSeconds(5));
    }

    /**
     * Whether a redrawn bar will be seen on a terminal: a console is attached (Java 17: stdin and stdout are a
     * terminal; from Java 22 {@code System.console()} exists for redirected output too, and {@code isTerminal()}
     * tells), and standard error, where the bar goes, is a terminal as well where Linux lets us check.
     */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
            if (Boolean.FALSE.equals(terminal)) {
                return false;
            }
        } catch (ReflectiveOperationException e) {
            // Before Java 22 there is no isTerminal(), and a non-null console already means a terminal.
        }
        java.nio.file.Path stderr = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            String target = stderr.toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | SecurityException e) {
            return true;
        }
    }

    /** No output at all (for tests and --quiet). */
    final class Silent implements Progress {
        @Override
        public void advance() {
        }

        @Override
        public void close() {
        }
    }

    /** The terminal bar, from the progressbar library. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(String task, int total, int alreadyDone) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" runs", 1)
                    .showSpeed().setSpeedUnit(ChronoUnit.SECONDS).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).startsFrom(alreadyDone, Duration.ZERO)
                    .setEtaFunction(Bar::eta).build();
        }

        /** The time left at the session's mean rate, once that rate is stable; the bar shows "?" before. */
        private static java.util.Optional<Duration> eta(me.tongfei.progressbar.ProgressState state) {
            long runs = state.getCurrent() - state.getStart();
            Duration elapsed = state.getElapsedAfterStart();
            double seconds = elapsed.toMillis() / 1000.0;
            if (!estimateIsStable(runs, seconds)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Duration.ofMillis((long) ((state.getMax() - state.getCurrent()) * seconds
                    * 1000 / runs)));
        }

        @Override
        public void advance() {
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /**
     * One line every {@code interval}: done, rate since this process started, and, once the rate is stable, an
     * estimate of the time left.
     */
    final class Lines implements Progress {
        private final String task;
        private final int total;
        private final int alreadyDone;
        private final PrintStream out;
        private final long intervalNanos;
        private final java.util.function.LongSupplier clock;
        private final long started;
        private long lastPrinted;
        private int done;

        Lines(String task, int total, int alreadyDone, PrintStream out, Duration interval) {
            this(task, total, alreadyDone, out, interval, System::nanoTime);
        }

        /** As above, reading time in nanoseconds from {@code clock} (tests pass a fake one). */
        Lines(String task, int total, int alreadyDone, PrintStream out, Duration interval,
                java.util.function.LongSupplier clock) {
            this.clock = clock;
            this.started = clock.getAsLong();
            this.lastPrinted = started;
            this.task = task;
            this.total = total;
            this.alreadyDone = alreadyDone;
            this.done = alreadyDone;
            this.out = out;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        public synchronized void advance() {
            done++;
            long now = clock.getAsLong();
            if (now - lastPrinted >= intervalNanos) {
                lastPrinted = now;
                print(now);
            }
        }

        private void print(long now) {
            double seconds = (now - started) / 1e9;
            double rate = (done - alreadyDone) / Math.max(seconds, 1e-9);
            String left = done >= total ? "done" : estimateIsStable(done - alreadyDone, seconds) && rate > 0
                    ? String.format(Locale.ROOT, "about %.0f s left", (total - done) / rate)
                    : "time left not known yet";
            out.printf(Locale.ROOT, "%s: %d/%d runs (%.0f%%), %.1f runs/s, %s%n", task, done, total,
                    100.0 * done / total, rate, left);
            out.flush();
        }

        @Override
        public synchronized void close() {
            print(clock.getAsLong());
        }
    }
}
