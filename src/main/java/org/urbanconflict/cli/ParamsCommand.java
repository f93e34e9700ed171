package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.urbanconflict.core.Experiment;
import org.urbanconflict.core.scenario.Citation;
import org.urbanconflict.core.scenario.ParameterTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code params}: every value of a resolved scenario with its source or assumption, as a Markdown table. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Print every parameter of a scenario (after 'extends' is resolved) with its value and its "
                + "source or assumption, as a Markdown table. This is the table in docs/odd.md."},
        footer = {"", "Examples:", "  urbanconflict params scenarios/basra-2008.json",
                "  urbanconflict params scenarios/what-if/loyal-forces.json --map"})
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    private Path scenarioFile;

    @Option(names = "--map", description = "List the district map's values instead of the model parameters.")
    private boolean map;

    @Override
    public Integer call() {
        Experiment experiment = ExperimentFiles.load(scenarioFile, spec.commandLine().getErr());
        if (experiment == null) {
            return 2;
        }
        if (map && experiment.citations().keySet().stream().noneMatch(k -> k.startsWith(Citation.MAP_PREFIX))) {
            spec.commandLine().getErr().println(scenarioFile + ": --map lists the values of a scenario's map file,"
                    + " and this scenario (" + experiment.modelId() + ") has none; leave --map out");
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ParameterTable.markdown(experiment.citations(), map));
        out.flush();
        return 0;
    }
}
