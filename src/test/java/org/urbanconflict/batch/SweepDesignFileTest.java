package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.urbanconflict.cli.UrbanConflictCli;
import picocli.CommandLine;

/** {@code sweep --design FILE.csv}: an external design runs point by point; a bad file is one located message. */
class SweepDesignFileTest {
    private static int sweep(StringWriter err, Path design, Path out, String... more) {
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "scenarios/basra-2008.json", "--design",
                design.toString(), "--out", out.toString(), "--quiet", "--runs-per-point", "1"));
        args.addAll(List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void eachRowOfTheFileIsOnePointWithTheValuesGiven(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.csv");
        Files.writeString(design, "\"/militia/fighters\", /mediation/startDay\n6000,3\n9000.0, 4.5\n\n");
        Path out = dir.resolve("sweep");
        StringWriter err = new StringWriter();
        assertEquals(0, sweep(err, design, out), err.toString());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("point,militia.fighters,mediation.startDay,replicate,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("0,6000,3,0,") && rows.get(2).startsWith("1,9000,4.5,0,"), rows.toString());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("design design.csv"), manifest);
        assertEquals(0, UrbanConflictCli.commandLine().execute("chart", out.toString()), "chart DIR redraws it");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/militia/fighters,/mediation/startDay;5000,3;9000.5,4 | design.csv:3:1: /militia/fighters: found 9000.5; "
            + "this parameter takes whole numbers only",
        "/militia/fighters,/mediation/startDay;5000,3;9000,abc | design.csv:3:6: /mediation/startDay: found 'abc';"
            + " expected a number",
        "/militia/fighters,/mediation/startDay;5000 | design.csv:2: 1 fields, expected 2",
        "/militia/fighters,/mediation/startDay;5000,99 | design.csv:2:6: /mediation/startDay = 99 is not allowed",
        "/militia/fighters,/mediation/enabled;5000,maybe | design.csv:2:6: /mediation/enabled: found 'maybe'; "
            + "expected true, false, 1 or 0",
        "/mediation/enabled;0.5 | design.csv:2:1: /mediation/enabled: found 0.5; this switch takes true, false, 1 or 0",
        "/militia/fighters,/time/startDate;5000,1 | design.csv:1:19: /time/startDate is not a numeric parameter",
        "militia/fighters;5000 | design.csv:1:1: header field 1 is 'militia/fighters'",
        "/militia/fighters,/militia/fighters;5000,6000 | design.csv:1:19: /militia/fighters is already a column",
        "/militia/fighters | design.csv: has a header but no rows",
        " | design.csv: empty"})
    void aBadFileIsOneLocatedMessageAndExitTwo(String content, String message, @TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.csv");
        Files.writeString(design, content == null ? "" : content.replace(';', '\n') + "\n");
        StringWriter err = new StringWriter();
        Path out = dir.resolve("out");
        assertEquals(2, sweep(err, design, out), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSwitchTakesTrueFalseOneOrZero(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.csv");
        Files.writeString(design, "/mediation/enabled,/fireSupport/air/enabled\ntrue,TRUE\nfalse,1\n0,false\n");
        Path out = dir.resolve("sweep");
        StringWriter err = new StringWriter();
        assertEquals(0, sweep(err, design, out), err.toString());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(List.of("0,1,1", "1,0,1", "2,0,0"), rows.stream().skip(1).map(r -> String.join(",",
                List.of(r.split(",")).subList(0, 3))).toList());
        int ceasefire = List.of(rows.get(0).split(",")).indexOf("ceasefire_day");
        assertTrue(rows.get(2).split(",", -1)[ceasefire].isEmpty(), "no mediation, no ceasefire: " + rows.get(2));
    }

    @Test
    void aDesignFileTakesNoVary(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.csv");
        Files.writeString(design, "/militia/fighters\n6000\n");
        StringWriter err = new StringWriter();
        assertEquals(2, sweep(err, design, dir.resolve("out"), "--vary", "/mediation/startDay=2:4"));
        assertTrue(err.toString().contains("leave out --vary"), err.toString());
        StringWriter none = new StringWriter();
        CommandLine cli = UrbanConflictCli.commandLine();
        cli.setErr(new PrintWriter(none, true));
        assertEquals(2, cli.execute("sweep", "scenarios/basra-2008.json", "--grid"));
        assertTrue(none.toString().contains("need at least one --vary"), none.toString());
    }
}
