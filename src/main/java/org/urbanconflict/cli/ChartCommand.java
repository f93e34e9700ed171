package org.urbanconflict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.urbanconflict.batch.BatchCharts;
import org.urbanconflict.batch.CompareRun;
import org.urbanconflict.batch.DataPackage;
import org.urbanconflict.batch.FolderCheck;
import org.urbanconflict.batch.Comparison;
import org.urbanconflict.batch.ResultsFolder;
import org.urbanconflict.batch.RunTable;
import org.urbanconflict.batch.SensitivityIndices;
import org.urbanconflict.batch.SensitivityPlots;
import org.urbanconflict.batch.Sweep;
import org.urbanconflict.batch.SweepDesign;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.basra.BasraExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chart}: redraws a results folder's charts from its files (after a tweak, or for an old folder). */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Redraw the charts of a batch, sweep, sensitivity or comparison folder from its files alone "
                + "(runs.csv, timeseries.csv.gz and the scenario copy), into DIR/charts, and write its data "
                + "dictionary DIR/datapackage.json again (so a folder made by an older version gets one).",
        footer = {"", "Example:", "  urbanconflict chart results/batch-basra-2008-seed1-n500"})
public final class ChartCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A results folder.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode manifest;
        try {
            manifest = ResultsFolder.read(dir);
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!"complete".equals(manifest.path("status").asText())) {
            err.println(dir + " holds an unfinished " + manifest.path("kind").asText() + "; finish it with --resume"
                    + " first (" + manifest.path("command").asText() + " --resume)");
            return 2;
        }
        String damage;
        try {
            damage = FolderCheck.chartDamage(dir, manifest);
        } catch (java.io.IOException e) {
            damage = e.getMessage();
        }
        if (damage != null) {
            err.println(dir + " is damaged: " + damage + "; no chart was drawn. " + ("batch".equals(manifest.path(
                    "kind").asText()) ? "Repair it with the command that made it plus --resume, which checks the "
                    + "folder and makes again what fails (" + manifest.path("command").asText() + " --resume)"
                    : "Make it again with the command that made it (" + manifest.path("command").asText() + ")"));
            return 2;
        }
        try {
            Integer unknown = redraw(manifest, err);
            if (unknown != null) {
                return unknown;
            }
        } catch (java.io.IOException | IllegalArgumentException | IllegalStateException
                | java.io.UncheckedIOException | IndexOutOfBoundsException e) {
            err.println("cannot redraw the charts of " + dir + ": " + e.getMessage());
            return 2;
        }
        try (var charts = Files.list(dir.resolve("charts"))) {
            spec.commandLine().getOut().println("Redrew " + charts.count() + " charts in " + dir.resolve("charts")
                    + ("comparison".equals(manifest.path("kind").asText()) ? ", and each side's in a/charts and b/charts"
                            : ""));
        }
        return 0;
    }

    /** Draws the folder's charts; returns an exit code when the folder is of no kind this command knows, else null. */
    private Integer redraw(ObjectNode manifest, PrintWriter err) throws java.io.IOException {
        switch (manifest.path("kind").asText()) {
            case "batch" -> {
                Experiment e = experiment(dir);
                BatchCharts.draw(dir, e.chartPlan(), e.targets(), RunTable.read(dir.resolve("runs.csv")), List.of());
                DataPackage.write(dir, e);
            }
            case "comparison" -> {
                Experiment a = experiment(dir.resolve("a"));
                Experiment b = experiment(dir.resolve("b"));
                RunTable tableA = RunTable.read(dir.resolve("a/runs.csv"));
                RunTable tableB = RunTable.read(dir.resolve("b/runs.csv"));
                BatchCharts.draw(dir.resolve("a"), a.chartPlan(), a.targets(), tableA, List.of());
                BatchCharts.draw(dir.resolve("b"), b.chartPlan(), b.targets(), tableB, List.of());
                List<Comparison.Row> rows = Comparison.compare(tableA, tableB, CompareRun.targetIds(a),
                        a.chartPlan().outcomeClasses(), Comparison.units(a));
                CompareRun.charts(dir, a, b, rows);
                DataPackage.write(dir.resolve("a"), a);
                DataPackage.write(dir.resolve("b"), b);
                DataPackage.write(dir, a);
            }
            case "sweep" -> {
                Experiment e = experiment(dir);
                List<SweepDesign.Dimension> dims = new ArrayList<>();
                manifest.path("dimensions").forEach(d -> dims.add(SweepDesign.Dimension.parse(d.asText(), 5)));
                List<double[]> values = new ArrayList<>();
                for (JsonNode point : manifest.path("points")) {
                    values.add(dims.stream().mapToDouble(d -> point.path(d.pointer()).asDouble()).toArray());
                }
                Sweep.charts(dir, dims, RunTable.read(dir.resolve("runs.csv")), values,
                        e.chartPlan().outcomeClasses());
                DataPackage.write(dir, e);
            }
            case "sensitivity" -> SensitivityPlots.draw(dir, SensitivityIndices.read(dir.resolve(
                    SensitivityIndices.FILE)));
            default -> {
                err.println(dir + ": unknown kind of results folder '" + manifest.path("kind").asText() + "'");
                return 2;
            }
        }
        return null;
    }

    /** The experiment of a folder, from the self-contained scenario copy the folder keeps. */
    private Experiment experiment(Path folder) throws java.io.IOException {
        Experiment e = ExperimentFiles.load(folder.resolve(BasraExperiment.SCENARIO_FILE),
                spec.commandLine().getErr());
        if (e == null) {
            throw new IllegalStateException(folder + " holds a scenario copy that no longer loads; see above");
        }
        if (Files.exists(folder.resolve("timeseries.csv.gz"))) {
            FolderCheck.requireColumns(folder, e.summaryMetrics().names(), e.hourlyMetrics().names());
        }
        return e;
    }
}
