package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gui} on the command line: documented, registered, and it validates the scenario the way {@code run} does
 * before it would open any window (so these tests never load Swing).
 */
class GuiCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpDocumentsEveryOption() {
        assertEquals(0, execute("gui", "--help"));
        String help = out.toString();
        for (String option : new String[] {"SCENARIO", "--seed", "--presentation", "--hours", "--screenshot",
            "--exit"}) {
            assertTrue(help.contains(option), "gui --help does not mention " + option);
        }
        assertTrue(help.contains("scenarios/basra-2008.json"), "the default scenario is named");
    }

    @Test
    void isListedAmongTheCommands() {
        assertEquals(0, execute("--help"));
        assertTrue(out.toString().contains("gui"), out.toString());
    }

    @Test
    void anInvalidScenarioIsExplainedAndNothingOpens(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"extends\": \"" + Path.of("scenarios/basra-2008.json").toAbsolutePath()
                + "\",\n  \"militia\": {\"fighters\": {\"value\": 1.5, \"source\": \"s\"}}\n}\n");
        assertEquals(2, execute("gui", broken.toString()));
        assertTrue(err.toString().contains("/militia/fighters"), err.toString());
        assertEquals(2, execute("gui", "--hours", "-1"));
    }

    @Test
    void anInvalidEpsteinScenarioIsCheckedAgainstItsOwnModel(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken-epstein.json");
        Files.writeString(broken, "{\n  \"extends\": \"" + Path.of("scenarios/epstein/run-2-punctuated.json")
                .toAbsolutePath() + "\",\n  \"cops\": {\"vision\": {\"value\": -3, \"source\": \"s\"}}\n}\n");
        assertEquals(2, execute("gui", broken.toString()));
        assertTrue(err.toString().contains("/cops/vision"), err.toString());
    }
}
