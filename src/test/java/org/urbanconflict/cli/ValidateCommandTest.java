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

/** {@code validate}: a verdict per file on stdout, each problem on its own line on stderr, exit 0 only if all valid. */
class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = new CommandLine(new ValidateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void baselineIsValid() {
        assertEquals(0, execute("scenarios/basra-2008.json"));
        assertTrue(out.toString().matches("scenarios/basra-2008\\.json: valid \\(\\d+ cited values, \\d+ assumptions,"
                + " map \\d+x\\d+ with \\d+ districts\\)\\R"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void brokenFileGivesEachProblemAndExitOne(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        String line3 = "  \"militia\": {\"fightrs\": 1, \"standDownCompliance\": {\"value\": 1.4, \"source\": \"s\"}}";
        Files.writeString(broken, "{\n  \"extends\": \"" + Path.of("scenarios/basra-2008.json").toAbsolutePath()
                + "\",\n" + line3 + "\n}\n");
        assertEquals(1, execute("scenarios/basra-2008.json", broken.toString()));
        String[] problems = err.toString().split("\\R");
        assertEquals(2, problems.length, err.toString());
        int fightrs = line3.indexOf("\"fightrs\"") + 1;
        int value = line3.indexOf("1.4") + 1;
        assertTrue(problems[0].startsWith(broken + ":3:" + fightrs + ": /militia/fightrs: unknown field;"),
                problems[0]);
        assertTrue(problems[0].endsWith("; did you mean 'fighters'?"), problems[0]);
        assertEquals(broken + ":3:" + value + ": /militia/standDownCompliance: found 1.4; allowed: a probability"
                + " between 0 and 1", problems[1]);
        assertTrue(out.toString().contains(broken + ": invalid, 2 problems"), out.toString());
        assertTrue(out.toString().startsWith("scenarios/basra-2008.json: valid"), out.toString());
    }

    @Test
    void epsteinFilesAreCheckedAgainstTheirOwnModel(@TempDir Path dir) throws Exception {
        assertEquals(0, execute("scenarios/epstein/run-2-punctuated.json"));
        assertTrue(out.toString().matches("scenarios/epstein/run-2-punctuated\\.json: valid \\(Epstein civil violence,"
                + " 40x40 torus, \\d+ cited values, \\d+ assumptions\\)\\R"), out.toString());
        Path broken = dir.resolve("broken-epstein.json");
        Files.writeString(broken, "{\n  \"extends\": \"" + Path.of("scenarios/epstein/run-2-punctuated.json")
                .toAbsolutePath() + "\",\n  \"citizens\": {\"legitimacy\": {\"value\": 1.5, \"source\": \"s\"}}\n}\n");
        assertEquals(1, execute(broken.toString()));
        assertTrue(err.toString().contains(broken + ":3:") && err.toString().contains("/citizens/legitimacy"),
                err.toString());
    }

    @Test
    void aSchemaPickedUpByAGlobIsSkippedNotReportedAsABrokenScenario() {
        assertEquals(0, execute("scenarios/epstein/epstein.schema.json", "scenarios/epstein/run-1-deception.json"));
        assertTrue(out.toString().startsWith("scenarios/epstein/epstein.schema.json: a JSON Schema (the format"
                + " scenario files follow), not a scenario; skipped"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void helpHasDescriptionAndExamples() {
        assertEquals(0, execute("--help"));
        String help = out.toString();
        assertTrue(help.contains("Usage: validate [-h] SCENARIO..."), help);
        assertTrue(help.contains("Examples:") && help.contains("urbanconflict validate scenarios/basra-2008.json"),
                help);
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, execute());
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
    }
}
