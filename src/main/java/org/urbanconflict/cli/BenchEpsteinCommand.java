package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.urbanconflict.epstein.EpsteinBenchmark;
import org.urbanconflict.epstein.EpsteinScenario;
import org.urbanconflict.epstein.EpsteinScenarioLoader;
import org.urbanconflict.core.scenario.ScenarioValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench-epstein}: agent-steps per second of Epstein's model at several sizes, against a raw-array scan. */
@Command(name = "bench-epstein", mixinStandardHelpOptions = true,
        description = {"Measure Epstein's civil violence model in agent-steps per second (one citizen or cop stepped"
                + " once) on square tori of the given sides, with the scenario's densities, visions and rules.",
                "Each size is also timed against a raw-array scan of every agent's vision disc, in the same process;"
                        + " on a shared machine the ratio is the figure to compare."},
        footer = {"", "Example:", "  urbanconflict bench-epstein --sizes 40,80,200,1000"})
public final class BenchEpsteinCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", defaultValue = "scenarios/epstein/run-2-punctuated.json",
            description = "Epstein scenario file (default: ${DEFAULT-VALUE}).")
    private Path scenarioFile;

    @Option(names = "--sizes", split = ",", defaultValue = "40,80,200,1000", paramLabel = "SIDE",
            description = "Torus sides (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--agent-steps", defaultValue = "20000000", paramLabel = "N",
            description = "Agent-steps per timing (default: ${DEFAULT-VALUE}).")
    private long agentSteps;

    @Option(names = "--repeats", defaultValue = "3", paramLabel = "R",
            description = "Timings per figure; the median is reported (default: ${DEFAULT-VALUE}).")
    private int repeats;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EpsteinScenario scenario;
        try {
            scenario = EpsteinScenarioLoader.load(scenarioFile);
        } catch (ScenarioValidationException e) {
            e.problems().forEach(err::println);
            err.flush();
            return 2;
        }
        var p = scenario.parameters();
        out.printf(Locale.ROOT, "%s: vision %s, rule %s, densities %s citizens and %s cops%n", scenario.name(),
                p.getCitizenVision(), p.arrestRule().jsonName(), p.getCitizenDensity(), p.getCopDensity());
        out.printf(Locale.ROOT, "%9s %9s %7s %22s %22s %8s%n", "size", "agents", "steps", "model agent-steps/s",
                "raw scans/s", "ratio");
        for (int side : sizes) {
            EpsteinBenchmark.Row r = EpsteinBenchmark.measure(scenario, side, agentSteps, Math.max(1, repeats));
            out.printf(Locale.ROOT, "%9s %9d %7d %22s %22s %8.2f%n", side + "x" + side, r.agents(), r.steps(),
                    String.format(Locale.ROOT, "%,.0f", r.modelPerSecond()),
                    String.format(Locale.ROOT, "%,.0f", r.scanPerSecond()), r.ratio());
            out.flush();
        }
        return 0;
    }
}
