package org.urbanconflict.batch.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.urbanconflict.batch.Batch;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.batch.RunFiles;
import org.urbanconflict.batch.RunRows;
import org.urbanconflict.batch.RunTable;
import org.urbanconflict.batch.Statistics;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * The posterior predictive check: an ordinary batch of the scenario as it was ({@code predictive/before/}) and one of
 * the posterior ({@code predictive/posterior/}, a {@link PosteriorExperiment}), on the same master seed and so the
 * same run seeds, each a complete, resumable batch folder with its own summary and charts. {@code predictive.csv} puts
 * every target's hit rate under both side by side, with Wilson 95% intervals, plus a row for hitting all the
 * calibrated targets at once.
 */
public final class Predictive {
    /** The row id of "every calibrated target hit in the same run". */
    public static final String ALL = "all-calibrated-targets";

    /** One target's hit rate before and after. */
    public record Row(String id, String description, boolean calibrated, Statistics.Proportion before,
            Statistics.Proportion after) {
    }

    private Predictive() {
    }

    /** Runs (or resumes) both batches and returns their tables: before, then posterior. */
    static List<RunTable> run(Calibration.Config c, Experiment posterior) throws IOException, ResultsFolder.Conflict {
        List<RunTable> tables = new ArrayList<>();
        for (String name : List.of("before", "posterior")) {
            Path dir = c.out().resolve("predictive").resolve(name);
            Experiment e = name.equals("before") ? c.base() : posterior;
            Batch.run(new Batch.Config(e, c.sourceFile(), c.predictiveRuns(), c.masterSeed(), c.threads(), dir,
                    Files.exists(dir.resolve(ResultsFolder.MANIFEST)), true, c.commandLine() + "  # predictive "
                            + name, c.version()));
            tables.add(RunTable.read(dir.resolve("runs.csv")));
        }
        return tables;
    }

    /** The rows of predictive.csv, targets in the scenario's order, then the all-calibrated row. */
    static List<Row> rows(List<ValidationTarget> targets, List<String> calibrated, RunTable before, RunTable after) {
        List<Row> rows = new ArrayList<>();
        for (ValidationTarget t : targets) {
            rows.add(new Row(t.id(), t.description(), calibrated.contains(t.id()), rate(before, List.of(t.id())),
                    rate(after, List.of(t.id()))));
        }
        rows.add(new Row(ALL, "every calibrated target hit in the same run", true, rate(before, calibrated),
                rate(after, calibrated)));
        return rows;
    }

    private static Statistics.Proportion rate(RunTable table, List<String> ids) {
        long hits = 0;
        List<double[]> columns = new ArrayList<>();
        for (String id : ids) {
            String column = RunRows.TARGET_PREFIX + id.replace('-', '_');
            columns.add(table.has(column) ? table.column(column) : new double[table.size()]);
        }
        for (int i = 0; i < table.size(); i++) {
            boolean all = true;
            for (double[] c : columns) {
                all &= c[i] == 1.0;
            }
            hits += all ? 1 : 0;
        }
        return Statistics.wilson(hits, table.size());
    }

    static void write(Path file, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder("target,calibrated,runs,before_hits,before_rate,before_ci95_low,"
                + "before_ci95_high,posterior_hits,posterior_rate,posterior_ci95_low,posterior_ci95_high\n");
        for (Row r : rows) {
            b.append(r.id()).append(',').append(r.calibrated()).append(',').append(r.before().n());
            for (Statistics.Proportion p : List.of(r.before(), r.after())) {
                b.append(',').append(p.successes()).append(',').append(Numbers.format(p.p())).append(',')
                        .append(Numbers.format(p.low())).append(',').append(Numbers.format(p.high()));
            }
            b.append('\n');
        }
        RunFiles.atomically(file, out -> out.write(b.toString()));
    }
}
