package org.urbanconflict.cli;

import org.urbanconflict.core.scenario.FileAccess;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code urbanconflict} command: one entry point whose subcommands build every model through
 * {@code ConflictModel.create}, so a result on the command line is the result in the GUI and in a batch.
 */
@Command(name = "urbanconflict", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Agent-based simulation of urban conflict on MASON: the March 2008 battle for Basra.", ""},
        subcommands = {RunCommand.class, BatchCommand.class, MergeCommand.class, SweepCommand.class, SensitivityCommand.class, CalibrateCommand.class, CompareCommand.class, ValidateCommand.class, ChartCommand.class, TargetsCommand.class, ParamsCommand.class, BenchCommand.class,
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

    /**
     * Folders that scenarios may name files in ({@code extends}, {@code map}) besides their own folder and the shipped
     * scenarios/ folder; given to any command.
     */
    @CommandLine.Option(names = "--allow-path", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Let scenarios name files (extends, map) under DIR too; by default only their own folder"
                    + " and the shipped scenarios/ folder. Repeatable.")
    void allowPath(java.nio.file.Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--allow-path " + dir
                    + " is not a folder; give a folder that holds the scenario files to allow");
        }
        FileAccess.allow(dir);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line, shared by {@link #main} and the tests. Footers, which hold the examples, are printed
     * line for line instead of being wrapped at the usage width: picocli wraps at any space, and an example broken
     * between an option and its value ({@code --seed} / {@code 7}) fails when copied into a shell.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new UrbanConflictCli()).setCaseInsensitiveEnumValuesAllowed(true);
        java.util.Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, UrbanConflictCli::footer);
        cli.setHelpSectionMap(sections);
        cli.setParameterExceptionHandler(UrbanConflictCli::badOption);
        cli.setExecutionExceptionHandler(UrbanConflictCli::fileTrouble);
        return cli;
    }

    /** A command's footer, each line as written. */
    private static String footer(CommandLine.Help help) {
        StringBuilder text = new StringBuilder();
        for (String line : help.commandSpec().usageMessage().footer()) {
            text.append(line).append(System.lineSeparator());
        }
        return text.toString();
    }

    /**
     * A file that cannot be read or written (a read-only folder, a path under a file, a full disk): one line naming the
     * file and the reason, exit code 2, instead of a stack trace. Anything else is a bug, and keeps its trace.
     */
    private static int fileTrouble(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (!(cause instanceof java.io.IOException io)) {
            throw e;
        }
        if (io instanceof org.urbanconflict.batch.RunJournal.ColumnsChanged
                || io instanceof org.urbanconflict.batch.ResultsFolder.Damaged) {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + io.getMessage());
            cmd.getErr().flush();
            return 2;
        }
        String what = io instanceof java.nio.file.FileSystemException fs ? fs.getFile() + ": " + (fs.getReason() != null
                ? fs.getReason() : io.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])",
                        "$1 $2").toLowerCase(java.util.Locale.ROOT)) : io.getMessage();
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": cannot read or write " + what
                + "; check the path (a folder for --out, one you may write to)");
        cmd.getErr().flush();
        return 2;
    }

    /**
     * A mistyped option or value: the one line that says what is wrong, and where to read about the options, instead
     * of picocli's default of the whole usage text, which buries the line that matters. Exit code 2.
     */
    private static int badOption(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        String name = cmd.getCommandSpec().qualifiedName();
        err.println("See '" + (name.equals("urbanconflict") ? "urbanconflict --help" : name.replaceFirst(
                "^urbanconflict ", "urbanconflict help ")) + "' for the options.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
