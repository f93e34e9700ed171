package org.urbanconflict.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.RunRows;
import org.urbanconflict.batch.Seeds;
import org.urbanconflict.batch.Task;
import org.urbanconflict.epstein.EpsteinExperiment;
import org.urbanconflict.epstein.EpsteinScenarioLoader;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.basra.scenario.ScenarioLoader;

/**
 * Results change only on purpose. For fixed seeds (the first replicates of {@code batch --seed 1}), the baseline,
 * the April phase, every what-if and two of Epstein's runs must give exactly the committed {@code runs.csv} rows and
 * the committed hash of every hourly column, under {@code src/test/resources/golden/}. A failure names each metric
 * that moved.
 *
 * <p>When a change is meant to move results, regenerate the files in the same commit and say in the ODD or README
 * what moved and why:
 *
 * <pre>mvn -B test -Dtest=GoldenTest -Dgolden.update=true</pre>
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final long MASTER_SEED = 1;
    private static final int BASRA_RUNS = 4;
    private static final int EPSTEIN_RUNS = 2;

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioGivesItsGoldenResults() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("scenarios/basra-2008.json"),
                Path.of("scenarios/basra-2008-april.json")));
        try (Stream<Path> whatIfs = Files.list(Path.of("scenarios/what-if"))) {
            whatIfs.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        files.add(Path.of("scenarios/epstein/run-1-deception.json"));
        files.add(Path.of("scenarios/epstein/run-2-punctuated.json"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        boolean epstein = file.startsWith("scenarios/epstein");
        Experiment experiment = epstein ? new EpsteinExperiment(EpsteinScenarioLoader.load(file))
                : new BasraExperiment(ScenarioLoader.load(file));
        GoldenRuns actual = GoldenRuns.of(experiment, MASTER_SEED, epstein ? EPSTEIN_RUNS : BASRA_RUNS);
        String name = file.getFileName().toString().replace(".json", "");
        Path runs = GOLDEN.resolve(name + ".runs.csv");
        Path series = GOLDEN.resolve(name + ".timeseries.csv");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(runs, actual.runsCsv());
            Files.writeString(series, actual.seriesCsv());
            return;
        }
        if (!Files.exists(runs) || !Files.exists(series)) {
            fail("no golden files for " + file + " in " + GOLDEN + "; make them with: mvn -B test -Dtest=GoldenTest"
                    + " -Dgolden.update=true");
        }
        List<String> moved = new ArrayList<>();
        moved.addAll(GoldenRuns.differences(Files.readString(runs), actual.runsCsv(), "runs.csv"));
        moved.addAll(GoldenRuns.differences(Files.readString(series), actual.seriesCsv(), "hourly"));
        if (!moved.isEmpty()) {
            fail(file + " no longer gives its golden results:\n  " + String.join("\n  ", moved)
                    + "\nIf this change is meant to move results, regenerate with: mvn -B test -Dtest=GoldenTest"
                    + " -Dgolden.update=true, and say in docs/odd.md or the README what moved and why.");
        }
    }

    /** The golden text of a few replicates: runs.csv rows, and one hash per run and hourly column. */
    record GoldenRuns(String runsCsv, String seriesCsv) {
        static GoldenRuns of(Experiment experiment, long master, int runs) {
            StringBuilder rows = new StringBuilder();
            StringBuilder series = new StringBuilder("run,column,rows,sha256\n");
            for (int i = 0; i < runs; i++) {
                Task task = Task.plain(i, experiment, Seeds.replicate(master, i));
                RunResult r = experiment.run(task.seed());
                if (i == 0) {
                    rows.append(RunRows.header(task, r)).append('\n');
                }
                rows.append(RunRows.row(task, r)).append('\n');
                if (r.times() != null) {
                    series.append(line(i, "time", r.hourly().length, String.join("\n",
                            r.times().stream().map(Object::toString).toList())));
                }
                for (int m = 0; m < r.metricNames().size(); m++) {
                    StringBuilder column = new StringBuilder();
                    for (double[] hour : r.hourly()) {
                        column.append(Numbers.format(hour[m])).append('\n');
                    }
                    series.append(line(i, r.metricNames().get(m), r.hourly().length, column.toString()));
                }
            }
            return new GoldenRuns(rows.toString(), series.toString());
        }

        private static String line(int run, String column, int rows, String text) {
            return run + "," + column + "," + rows + "," + Sha256.hex(text).substring(0, 32) + "\n";
        }

        /**
         * What moved between two golden CSV texts whose first line is a header: one line per column that changed,
         * with its first changed value, or a line saying the header or row count changed.
         */
        static List<String> differences(String expected, String actual, String what) {
            List<String> out = new ArrayList<>();
            String[] e = expected.split("\n");
            String[] a = actual.split("\n");
            if (!e[0].equals(a[0])) {
                out.add(what + ": the columns changed\n    was: " + e[0] + "\n    now: " + a[0]);
                return out;
            }
            if (e.length != a.length) {
                out.add(what + ": " + (e.length - 1) + " rows expected, " + (a.length - 1) + " now");
            }
            String[] header = e[0].split(",", -1);
            boolean hourly = what.equals("hourly");
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            for (int row = 1; row < Math.min(e.length, a.length); row++) {
                String[] ev = e[row].split(",", -1);
                String[] av = a[row].split(",", -1);
                if (hourly) {
                    if (!e[row].equals(a[row]) && seen.add(ev[1])) {
                        out.add("hourly metric " + ev[1] + " moved (first in run " + ev[0] + ")");
                    }
                    continue;
                }
                for (int c = 0; c < Math.min(ev.length, av.length); c++) {
                    if (!ev[c].equals(av[c]) && seen.add(header[c])) {
                        out.add("runs.csv column " + header[c] + " moved: run " + (row - 1) + " was " + ev[c]
                                + ", now " + av[c]);
                    }
                }
            }
            return out;
        }
    }
}
