package org.urbanconflict.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line as a user would, with its standard output and error both written into one buffer. */
final class CliCapture {
    private CliCapture() {
    }

    /** Executes {@code args} and returns the exit code; what the command printed is appended to {@code out}. */
    static int run(StringWriter out, String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute(args);
    }
}
