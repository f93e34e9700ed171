package org.urbanconflict.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.batch.Merge;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.core.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge}: joins the slices of a batch ({@code batch --replicates FROM:TO}, made on several machines or by an
 * array job) into the folder the whole batch would have made, so a batch can be shared out without any cluster
 * software.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the slices of one batch, each made by batch --replicates FROM:TO, into the folder the "
                + "whole batch would have made: runs.csv and timeseries.csv.gz byte for byte an unsliced batch's, "
                + "then its summary, charts and data dictionary.",
                "Slices of different batches (scenario, --seed or --runs), unfinished slices, overlapping slices and "
                        + "missing replicates are refused; nothing is written then."},
        footer = {"", "Example (a 1,000-run batch made in two halves, perhaps on two machines):",
                "  urbanconflict batch scenarios/basra-2008.json --runs 1000 --replicates 0:499",
                "  urbanconflict batch scenarios/basra-2008.json --runs 1000 --replicates 500:999",
                "  urbanconflict merge results/batch-basra-2008-seed1-n1000-replicates0-499"
                        + " results/batch-basra-2008-seed1-n1000-replicates500-999"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Slice folders, in any order.")
    private List<Path> slices;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder of the whole batch (default: results/batch-<scenario>-seed<S>-n<N>, the folder the "
                    + "unsliced batch would have used).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode manifest;
        try {
            manifest = Merge.check(slices);
        } catch (ResultsFolder.Conflict | java.io.IOException e) {
            err.println(e.getMessage());
            err.println("Nothing was merged.");
            return 2;
        }
        Experiment experiment = ExperimentFiles.load(slices.get(0).resolve(BasraExperiment.SCENARIO_FILE), err);
        if (experiment == null) {
            return 2;
        }
        String file = manifest.path("scenario").path("file").asText("");
        Path dir = out;
        if (dir == null) {
            if (file.isEmpty()) {
                err.println("the slices do not name their scenario file; give the folder with --out DIR");
                return 2;
            }
            dir = Path.of("results", "batch-" + RunCommand.baseName(Path.of(file)) + "-seed"
                    + manifest.path("master_seed").asLong() + "-n" + manifest.path("runs").asInt());
        }
        try {
            Merge.run(slices, dir, experiment, ExperimentOptions.commandLine(spec));
        } catch (ResultsFolder.Conflict e) {
            err.println(e.getMessage());
            err.println("Nothing was merged.");
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Merged " + slices.size() + " slices (" + manifest.path("runs").asInt() + " runs) into " + dir);
        BatchReport.print(stdout, dir, experiment.chartPlan().headlineMetrics());
        stdout.flush();
        return 0;
    }
}
