package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every example in every command's help is printed whole, on one line, and is a command line picocli accepts: each
 * is parsed (not run) by the real command line, so an example can neither be broken by wrapping nor go stale when
 * an option is renamed.
 */
class HelpExamplesTest {
    private static final String PREFIX = "  urbanconflict ";

    @Test
    void everyExampleInEveryHelpIsOneLineThatParses() {
        CommandLine root = UrbanConflictCli.commandLine();
        List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
        commands.add(0, null);
        int examples = 0;
        for (String command : commands) {
            StringWriter out = new StringWriter();
            CommandLine cli = UrbanConflictCli.commandLine();
            cli.setOut(new PrintWriter(out));
            assertEquals(0, command == null ? cli.execute("--help") : cli.execute("help", command));
            List<String> printed = out.toString().lines().toList();
            CommandLine sub = command == null ? root : root.getSubcommands().get(command);
            for (String footerLine : sub.getCommandSpec().usageMessage().footer()) {
                if (footerLine.startsWith(PREFIX)) {
                    assertTrue(printed.contains(footerLine), "help " + command + " prints unbroken: " + footerLine
                            + "\n" + out);
                }
            }
            for (String line : printed) {
                if (line.startsWith(PREFIX)) {
                    String[] args = line.substring(PREFIX.length()).trim().split("\\s+");
                    try {
                        UrbanConflictCli.commandLine().parseArgs(args);
                    } catch (CommandLine.ParameterException e) {
                        fail("help " + command + ": the example '" + line.trim() + "' does not parse: "
                                + e.getMessage());
                    }
                    examples++;
                }
            }
        }
        assertTrue(examples >= 15, "examples checked: " + examples + " in " + Arrays.toString(commands.toArray()));
    }
}
