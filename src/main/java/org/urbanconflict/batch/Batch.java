package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.core.Experiment;

/**
 * A Monte Carlo batch: N replicates of one experiment, replicate i on seed {@link Seeds#replicate}(master, i), run
 * on T threads into a results folder. Runs are journaled as they finish, so a batch killed at any moment loses at
 * most the runs in flight, and {@code resume} completes it without repeating a run; the finished folder is then the
 * same, byte for byte, as an uninterrupted batch's (timings in the manifest aside).
 */
public final class Batch {
    /**
     * Everything a batch needs. {@code commandLine} and {@code version} go into the manifest. {@code runs} is the size
     * of the whole batch; a {@code slice} (null for the whole batch) runs only its replicates, into a folder of its
     * own that {@link Merge} later joins with the other slices.
     */
    public record Config(Experiment experiment, Path sourceFile, int runs, long masterSeed, int threads, Path out,
            boolean resume, boolean quiet, String commandLine, String version, Slice slice) {

        /** A whole batch. */
        public Config(Experiment experiment, Path sourceFile, int runs, long masterSeed, int threads, Path out,
                boolean resume, boolean quiet, String commandLine, String version) {
            this(experiment, sourceFile, runs, masterSeed, threads, out, resume, quiet, commandLine, version, null);
        }

        int first() {
            return slice == null ? 0 : slice.from();
        }

        int last() {
            return slice == null ? runs - 1 : slice.to();
        }
    }

    /**
     * Replicates {@code from} to {@code to}, both included, of a batch: the indices of runs.csv's {@code run} column.
     * A slice runs exactly the seeds the whole batch gives those replicates, so joined slices are the whole batch.
     */
    public record Slice(int from, int to) {
        /** Parses {@code FROM:TO}; throws with a message naming the argument when it is not a slice of {@code runs}. */
        public static Slice parse(String text, int runs) {
            String[] parts = text.split(":", -1);
            int from;
            int to;
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                from = Integer.parseInt(parts[0].strip());
                to = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--replicates " + text + ": expected FROM:TO, two whole numbers, "
                        + "e.g. 0:99 for the first hundred runs");
            }
            if (from < 0 || to < from || to >= runs) {
                throw new IllegalArgumentException("--replicates " + text + ": FROM and TO must satisfy 0 <= FROM <= "
                        + "TO <= " + (runs - 1) + " (the runs of a batch of --runs " + runs + " are numbered 0 to "
                        + (runs - 1) + ")");
            }
            return new Slice(from, to);
        }

        public int size() {
            return to - from + 1;
        }

        @Override
        public String toString() {
            return from + ":" + to;
        }
    }

    /**
     * What happened, for the command's report: {@code wallSeconds} covers the runs (what runs/s is worked out on),
     * {@code finishSeconds} the summary and charts drawn after them.
     */
    public record Outcome(Path folder, int runsThisSession, int runsTotal, boolean alreadyComplete,
            double wallSeconds, double finishSeconds) {
    }

    private Batch() {
    }

    public static ResultsFolder.Identity identity(Config c) {
        return new ResultsFolder.Identity(c.slice() == null ? "batch" : Merge.SLICE_KIND, c.experiment().name(),
                c.experiment().hash(), c.masterSeed(), c.runs());
    }

    public static Outcome run(Config c) throws IOException, ResultsFolder.Conflict {
        String tooMany = RunLimits.runsProblem("runs", c.runs(), 1);
        if (tooMany != null) {
            throw new IllegalArgumentException(tooMany);
        }
        ObjectNode manifest = ResultsFolder.prepare(c.out(), identity(c), c.resume());
        if (manifest != null && c.slice() != null && !c.slice().toString().equals(Merge.sliceOf(manifest))) {
            throw new ResultsFolder.Conflict(c.out() + " holds replicates " + Merge.sliceOf(manifest) + " of this "
                    + "batch, not " + c.slice() + "; nothing was changed. Choose another --out");
        }
        if (manifest != null && "complete".equals(manifest.path("status").asText())) {
            String damage = FolderCheck.batchDamage(c.out(), manifest, c.last() - c.first() + 1);
            if (damage == null) {
                RunJournal.deleteIn(c.out());
                return new Outcome(c.out(), 0, c.last() - c.first() + 1, true, 0, 0);
            }
            notice(c, "resume: " + damage + "; making every run again");
            manifest.put("status", "running");
            ResultsFolder.writeManifest(c.out(), manifest);
        }
        if (manifest == null) {
            manifest = newManifest(c);
            ResultsFolder.writeConfiguration(c.out(), c.experiment().configurationFiles());
            ResultsFolder.writeManifest(c.out(), manifest);
        }
        List<Task> tasks = new ArrayList<>(c.last() - c.first() + 1);
        for (int i = c.first(); i <= c.last(); i++) {
            tasks.add(Task.plain(i, c.experiment(), Seeds.replicate(c.masterSeed(), i)));
        }
        long started = System.nanoTime();
        String startedAt = Instant.now().toString();
        int ranNow;
        long busyNanos;
        RunJournal journal = RunJournal.open(c.out(), c.first(), c.last());
        reportDropped(c, journal);
        Thread hook = interruptNotice(c, journal);
        try {
            try (journal) {
                List<Task> pending = ReplicateRunner.pending(tasks, journal);
                ranNow = pending.size();
                int size = tasks.size();
                try (Progress progress = Progress.create("batch", size, size - pending.size(), c.quiet())) {
                    busyNanos = new ReplicateRunner(c.threads(), true).run(pending, journal, progress);
                }
                writeRuns(c.out(), journal);
            }
            double wall = (System.nanoTime() - started) / 1e9;
            RunTable table = RunTable.read(c.out().resolve("runs.csv"));
            var plan = c.experiment().chartPlan();
            BatchSummary.write(c.out(), table, List.of(), plan.outcomeClasses(), c.experiment().targets());
            BatchCharts.draw(c.out(), plan, c.experiment().targets(), table, List.of());
            DataPackage.write(c.out(), c.experiment());
            FolderCheck.recordHashes(c.out(), manifest);
            finishManifest(manifest, c, startedAt, wall, busyNanos, ranNow);
            ResultsFolder.writeManifest(c.out(), manifest);
            RunJournal.deleteIn(c.out());
            return new Outcome(c.out(), ranNow, c.last() - c.first() + 1, false, wall,
                    (System.nanoTime() - started) / 1e9 - wall);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** Says, unless quiet, which journaled runs failed their check and are made again. */
    static void reportDropped(Config c, RunJournal journal) {
        List<String> dropped = journal.dropped();
        if (!dropped.isEmpty()) {
            notice(c, "resume: the journal in " + c.out() + " was damaged; kept " + journal.entries().size()
                    + " runs that pass their checks, dropped " + dropped.size() + " lines (" + String.join("; ",
                    dropped.subList(0, Math.min(3, dropped.size()))) + (dropped.size() > 3 ? "; ..." : "")
                    + "); their runs are made again");
        }
    }

    private static void notice(Config c, String text) {
        if (!c.quiet()) {
            System.err.println(text);
        }
    }

    /** Tells the user, on Ctrl-C or a kill signal, that nothing finished is lost and how to go on. */
    private static Thread interruptNotice(Config c, RunJournal journal) {
        Thread hook = new Thread(() -> System.err.printf("%ninterrupted: %d of %d runs are saved in %s; finish with"
                + " the same command plus --resume%n", journal.entries().size(), c.last() - c.first() + 1, c.out()));
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Writes runs.csv and timeseries.csv.gz in run order from the journal. */
    public static void writeRuns(Path dir, RunJournal journal) throws IOException {
        List<RunJournal.Entry> ordered = journal.byRun();
        RunFiles.atomically(dir.resolve("runs.csv"), out -> {
            out.write(journal.header());
            out.write('\n');
            for (RunJournal.Entry e : ordered) {
                out.write(e.row());
                out.write('\n');
            }
        });
        Path partial = dir.resolve("timeseries.csv.gz.partial");
        try (java.io.FileOutputStream file = new java.io.FileOutputStream(partial.toFile());
                OutputStream out = new java.io.BufferedOutputStream(file, 1 << 16)) {
            out.write(RunJournal.gzip(journal.seriesHeader() + "\n"));
            journal.copySeries(ordered, out);
            out.flush();
            file.getFD().sync();
        }
        RunFiles.moveIntoPlace(partial, dir.resolve("timeseries.csv.gz"));
    }

    private static ObjectNode newManifest(Config c) {
        ObjectNode m = ResultsFolder.newManifest(identity(c), c.version(), c.commandLine(), c.sourceFile());
        ((ObjectNode) m.get("scenario")).put("copy", "scenario.json");
        ResultsFolder.describeExperiment(m, c.experiment());
        if (c.slice() != null) {
            ObjectNode slice = m.putObject("slice");
            slice.put("from", c.slice().from());
            slice.put("to", c.slice().to());
        }
        describeSeeds(m, c.masterSeed(), c.first(), c.last());
        return m;
    }

    /**
     * Records how every run's seed is made, in a few lines whatever the number of runs: a manifest listing each seed
     * grew by 18 bytes a run before the first run started (179 MB for ten million runs, issue 13 item 9). runs.csv
     * lists each run's seed beside its results.
     */
    static void describeSeeds(ObjectNode manifest, long masterSeed, int first, int last) {
        ObjectNode seeds = manifest.putObject("seeds");
        seeds.put("rule", "replicate i runs on seed Seeds.replicate(master_seed, i), a SplitMix64 mix of the master "
                + "seed and i; runs.csv lists every run's seed");
        seeds.put("first_replicate", first);
        seeds.put("last_replicate", last);
        seeds.put("first_seed", Seeds.replicate(masterSeed, first));
    }

    private static void finishManifest(ObjectNode m, Config c, String startedAt, double wall, long busyNanos,
            int ran) {
        ResultsFolder.addSession(m, c.commandLine(), c.threads(), startedAt, ran, wall, busyNanos);
        m.put("threads", c.threads());
        m.put("status", "complete");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
