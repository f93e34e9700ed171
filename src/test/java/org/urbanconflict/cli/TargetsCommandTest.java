package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code targets} runs the seeds {@code batch} runs, so its shares are the shares of that batch's runs.csv. */
class TargetsCommandTest {
    @Test
    void targetsAndBatchAgreeRunByRun(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        var cli = UrbanConflictCli.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("targets", "scenarios/basra-2008.json", "--runs", "8", "--seed", "3"));
        assertEquals(0, UrbanConflictCli.commandLine().execute("batch", "scenarios/basra-2008.json", "--runs", "8",
                "--seed", "3", "--out", dir.resolve("b").toString(), "--quiet"));
        List<String> lines = Files.readAllLines(dir.resolve("b/runs.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int checked = 0;
        for (String column : header) {
            if (column.startsWith("target_")) {
                int c = header.indexOf(column);
                long hits = lines.stream().skip(1).filter(l -> l.split(",", -1)[c].equals("1")).count();
                String expected = String.format(Locale.ROOT, "  %-22s %5.1f%%", column.substring(7).replace('_', '-'),
                        100.0 * hits / 8);
                assertTrue(out.toString().lines().anyMatch(l -> l.startsWith(expected)), expected + "\n" + out);
                checked++;
            }
        }
        assertEquals(10, checked);
        long all = lines.stream().skip(1).filter(l -> {
            String[] cells = l.split(",", -1);
            return header.stream().filter(h -> h.startsWith("target_")).allMatch(h -> cells[header.indexOf(h)]
                    .equals("1"));
        }).count();
        String expected = String.format(Locale.ROOT, "  %-22s %5.1f%%", "all targets at once", 100.0 * all / 8);
        assertTrue(out.toString().lines().anyMatch(l -> l.equals(expected)), expected + "\n" + out);
        assertTrue(out.toString().startsWith("Basra 2008 baseline: 8 runs on the seeds of batch --seed 3"),
                out.toString());
    }

    @Test
    void theOldFirstSeedOptionSaysWhatReplacedIt() {
        StringWriter err = new StringWriter();
        var cli = UrbanConflictCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("targets", "scenarios/basra-2008.json", "--first-seed", "5"));
        assertTrue(err.toString().contains("use --seed S, e.g. --seed 5"), err.toString());
    }
}
