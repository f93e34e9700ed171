package org.urbanconflict.batch.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.Progress;
import org.urbanconflict.batch.ReplicateRunner;
import org.urbanconflict.batch.RunJournal;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.batch.Task;
import org.urbanconflict.core.Experiment;

/**
 * Evaluates proposals through the batch machinery: proposal k's replicate r is task {@code k * R + r}, run on seed
 * {@code Seeds.replicate(master, k * R + r)} by the {@link ReplicateRunner} and journaled like a batch's run (labels:
 * generation, proposal, the parameter values, replicate). Distances are always computed from the journaled rows, so
 * an evaluation read back after a kill gives exactly the distance it gave when it ran, and a resumed calibration takes
 * the same decisions; tasks already in the journal are not run again.
 *
 * <p>Every proposal gets its own seeds (unlike a sweep's common random numbers): ABC's likelihood is the model's
 * randomness, and sharing seeds would make all particles see the same draw of it. A particle's distance is the mean
 * over its R replicates, which lowers the noise of the accept/reject decision at R times the cost; accepting with
 * probability equal to the share of replicates within the tolerance (a stochastic, kernel-ABC acceptance) targets a
 * different, smoother posterior and was not chosen.
 */
final class JournalEvaluator implements AbcSmc.Evaluator {
    private final Experiment base;
    private final Prior prior;
    private final TargetDistance distance;
    private final int replicates;
    private final long masterSeed;
    private final RunJournal journal;
    private final ReplicateRunner runner;
    private final boolean quiet;
    private final Map<Integer, String> rows = new HashMap<>();
    private int runsThisSession;
    private long busyNanos;

    JournalEvaluator(Experiment base, Prior prior, TargetDistance distance, int replicates, long masterSeed,
            RunJournal journal, int threads, boolean quiet) {
        this.base = base;
        this.prior = prior;
        this.distance = distance;
        this.replicates = replicates;
        this.masterSeed = masterSeed;
        this.journal = journal;
        this.runner = new ReplicateRunner(threads, false);
        this.quiet = quiet;
        journal.entries().forEach(e -> rows.put(e.run(), e.row()));
    }

    /** The base experiment with a parameter vector set; throws IllegalArgumentException if the model refuses it. */
    static Experiment apply(Experiment base, Prior prior, double[] theta) {
        Experiment e = base;
        for (int d = 0; d < theta.length; d++) {
            e = e.withParameter(prior.bounds().get(d).pointer(), theta[d]);
        }
        return e;
    }

    @Override
    public double[] evaluate(int generation, long firstProposal, List<double[]> thetas) throws IOException {
        List<String> names = new ArrayList<>(List.of("generation", "proposal"));
        prior.bounds().forEach(b -> names.add(b.column()));
        names.add("replicate");
        List<Task> tasks = new ArrayList<>();
        for (int k = 0; k < thetas.size(); k++) {
            long proposal = firstProposal + k;
            Experiment e = apply(base, prior, thetas.get(k));
            for (int r = 0; r < replicates; r++) {
                int index = Math.toIntExact(proposal * replicates + r);
                List<String> labels = new ArrayList<>(List.of(Integer.toString(generation), Long.toString(proposal)));
                for (double v : thetas.get(k)) {
                    labels.add(Numbers.format(v));
                }
                labels.add(Integer.toString(r));
                tasks.add(new Task(index, e, Seeds.replicate(masterSeed, index), names, labels));
            }
        }
        List<Task> pending = ReplicateRunner.pending(tasks, journal);
        if (!pending.isEmpty()) {
            try (Progress progress = Progress.create("generation " + generation, tasks.size(),
                    tasks.size() - pending.size(), quiet || tasks.size() < 500)) {
                busyNanos += runner.run(pending, journal, progress);
            }
            runsThisSession += pending.size();
            List<RunJournal.Entry> entries = journal.entries();
            for (int i = rows.size(); i < entries.size(); i++) {
                rows.put(entries.get(i).run(), entries.get(i).row());
            }
        }
        RowReader reader = new RowReader(journal.header());
        double[] result = new double[thetas.size()];
        for (int k = 0; k < thetas.size(); k++) {
            double sum = 0;
            for (int r = 0; r < replicates; r++) {
                int index = Math.toIntExact((firstProposal + k) * replicates + r);
                String row = rows.get(index);
                if (row == null) {
                    throw new IllegalStateException("run " + index + " is missing from the journal");
                }
                sum += distance.distance(reader.of(row));
            }
            result[k] = sum / replicates;
        }
        return result;
    }

    int runsThisSession() {
        return runsThisSession;
    }

    long busyNanos() {
        return busyNanos;
    }

    /** Reads metrics by name from journaled runs.csv rows (an empty field, written for NaN, reads as NaN). */
    private static final class RowReader {
        private final Map<String, Integer> columns = new HashMap<>();

        RowReader(String header) {
            String[] names = header.split(",", -1);
            for (int i = 0; i < names.length; i++) {
                columns.putIfAbsent(names[i], i);
            }
        }

        java.util.function.ToDoubleFunction<String> of(String row) {
            String[] cells = row.split(",", -1);
            return metric -> {
                Integer i = columns.get(metric);
                return i == null || cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]);
            };
        }
    }
}
