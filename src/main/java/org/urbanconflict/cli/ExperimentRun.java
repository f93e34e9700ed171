package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.urbanconflict.batch.Numbers;
import org.urbanconflict.batch.DataPackage;
import org.urbanconflict.batch.RunFiles;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.RunResult;
import org.urbanconflict.core.scenario.ValidationTarget;

/**
 * {@code run} for a model other than Basra (whose readable report is {@link RunReport}): one run through the model's
 * {@link Experiment}, the same three files, and a plain report of the outcome, every summary metric and the
 * validation targets.
 */
final class ExperimentRun {
    private ExperimentRun() {
    }

    static int run(PrintWriter out, PrintWriter err, Path file, Experiment experiment, long seed, Integer hours,
            Path dir, boolean quiet) throws java.io.IOException {
        if (hours != null) {
            err.println("--hours is for dated (Basra) scenarios; " + file + " sets its length in the file"
                    + " (Epstein scenarios: /run/steps)");
            return 2;
        }
        RunResult result = experiment.run(seed);
        Path folder = dir;
        RunFiles.write(folder, file, experiment.targets(), result);
        DataPackage.write(folder, experiment);
        if (quiet) {
            out.println(folder);
            out.flush();
            return 0;
        }
        out.printf(Locale.ROOT, "%s, seed %d: %d steps%n", result.experimentName(), seed,
                result.hourly().length - 1);
        out.println("Outcome:     " + result.outcome().replace('_', ' '));
        out.println("Summary:");
        for (Map.Entry<String, Double> m : result.summary().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %s%n", m.getKey(), Double.isNaN(m.getValue()) ? "-"
                    : Numbers.format(m.getValue()));
        }
        if (!experiment.targets().isEmpty()) {
            out.printf(Locale.ROOT, "Targets hit: %d of %d%n", result.targetsHit(), result.targets().size());
            for (ValidationTarget t : experiment.targets()) {
                out.printf(Locale.ROOT, "  [%s] %-22s %s%n", result.targets().get(t.id()) ? "x" : " ", t.id(),
                        t.description());
            }
        }
        out.println("Wrote " + folder.resolve("timeseries.csv") + ", " + folder.resolve("summary.json") + ", "
                + folder.resolve("events.csv") + " and their data dictionary " + folder.resolve(DataPackage.FILE));
        out.flush();
        return 0;
    }
}
