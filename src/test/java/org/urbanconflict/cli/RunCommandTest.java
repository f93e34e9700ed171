package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's command, exercised in process: files written, summary printed, reruns byte-identical. */
class RunCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void runWritesBothFilesAndPrintsASummary(@TempDir Path dir) throws Exception {
        assertEquals(0, execute("run", "scenarios/basra-2008.json", "--seed", "1", "--out", dir.toString()));
        List<String> rows = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertTrue(rows.get(0).startsWith("hour,time,gov_killed,gov_wounded"), rows.get(0));
        assertEquals(191, rows.size(), "header plus hours 0..189");
        assertTrue(rows.get(1).startsWith("0,2008-03-25T03:00,"), rows.get(1));
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"seed\" : 1") && summary.contains("\"scenario_hash\"")
                && summary.contains("\"outcome\"") && summary.contains("\"targets\""), summary);
        String printed = out.toString();
        assertTrue(printed.contains("Ceasefire:") && printed.contains("Casualties") && printed.contains("Targets hit"),
                printed);
    }

    @Test
    void rerunningWithTheSameSeedIsByteIdentical(@TempDir Path dir) throws Exception {
        execute("run", "scenarios/basra-2008.json", "--seed", "9", "--hours", "72", "--out", dir.resolve("a").toString());
        execute("run", "scenarios/basra-2008.json", "--seed", "9", "--hours", "72", "--out", dir.resolve("b").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/timeseries.csv")),
                Files.readAllBytes(dir.resolve("b/timeseries.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/summary.json")),
                Files.readAllBytes(dir.resolve("b/summary.json")));
        assertEquals(74, Files.readAllLines(dir.resolve("a/timeseries.csv")).size(), "--hours 72 gives rows 0..72");
    }

    @Test
    void runRefusesAnInvalidScenarioAndSaysWhy(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("scenarios/basra-2008.json"))
                .replaceFirst("\"standDownCompliance\": \\{\"value\": [0-9.]+",
                        "\"standDownCompliance\": {\"value\": 1.85")
                .replace("\"map\": \"maps/basra.json\"", "\"map\": \"" + Path.of("scenarios/maps/basra.json")
                        .toAbsolutePath().toString().replace("\\", "/") + "\""));
        assertEquals(2, execute("run", bad.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("/militia/standDownCompliance"), err.toString());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing is written for an invalid scenario");
    }
}
