package org.urbanconflict.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code urbanconflict} command: one entry point whose subcommands build every model through
 * {@code ConflictModel.create}, so a result on the command line is the result in the GUI and in a batch.
 */
@Command(name = "urbanconflict", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Agent-based simulation of urban conflict on MASON: the March 2008 battle for Basra.", ""},
        subcommands = {RunCommand.class, BatchCommand.class, SweepCommand.class, SensitivityCommand.class, CompareCommand.class, ValidateCommand.class, ChartCommand.class, TargetsCommand.class, ParamsCommand.class, BenchCommand.class,
                GuiCommand.class, BenchEpsteinCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  urbanconflict run scenarios/basra-2008.json --seed 1",
                "  urbanconflict validate scenarios/what-if/*.json",
                "  urbanconflict targets scenarios/basra-2008.json --runs 200",
                "  urbanconflict help run"})
public final class UrbanConflictCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new UrbanConflictCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
