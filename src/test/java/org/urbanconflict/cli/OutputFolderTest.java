package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad --out is one line and exit code 2, never a stack trace (issue 13 item 11), and run never writes into a folder
 * another command made unless asked (item 12: it overwrote a complete batch).
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int cli(String... args) {
        return CliCapture.run(out, args);
    }

    @Test
    void aFileOrAPathUnderAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, cli("run", "scenarios/basra-2008.json", "--out", file.toString()));
        assertTrue(out.toString().startsWith("--out " + file + " is a file, not a folder"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(2, cli("batch", "scenarios/basra-2008.json", "--runs", "2", "--quiet", "--out",
                file.resolve("sub").toString()));
        assertTrue(out.toString().startsWith("urbanconflict batch: cannot read or write " + file.resolve("sub")),
                out.toString());
        assertFalse(out.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void runLeavesAnotherCommandsFolderAloneUnlessForced() throws Exception {
        Path batch = dir.resolve("batch");
        assertEquals(0, cli("batch", "scenarios/basra-2008.json", "--runs", "2", "--quiet", "--out", batch.toString()));
        String runs = Files.readString(batch.resolve("runs.csv"));
        out.getBuffer().setLength(0);
        assertEquals(2, cli("run", "scenarios/basra-2008.json", "--quiet", "--out", batch.toString()));
        assertTrue(out.toString().contains("holds files that run did not write") && out.toString().contains(
                "manifest.json"), out.toString());
        assertEquals(runs, Files.readString(batch.resolve("runs.csv")));
        assertFalse(Files.exists(batch.resolve("timeseries.csv")), "nothing written");
        Path run = dir.resolve("run");
        assertEquals(0, cli("run", "scenarios/basra-2008.json", "--quiet", "--out", run.toString()));
        assertEquals(0, cli("run", "scenarios/basra-2008.json", "--quiet", "--out", run.toString()),
                "a run may overwrite its own folder");
        assertEquals(0, cli("run", "scenarios/basra-2008.json", "--quiet", "--force", "--out", batch.toString()));
    }
}
