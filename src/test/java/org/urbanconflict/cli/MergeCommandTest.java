package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards and merge: slices of a batch joined by {@code merge} give the whole batch's files byte for byte, and slices
 * that do not make one batch are refused with a message and exit code 2.
 */
class MergeCommandTest {
    private static final String SCENARIO = "scenarios/basra-2008.json";
    @TempDir
    static Path dir;

    private static int cli(StringWriter err, String... args) {
        var cli = UrbanConflictCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private static String slice(String range, String seed) {
        String out = dir.resolve("slice-" + seed + "-" + range.replace(':', '-')).toString();
        assertEquals(0, cli(new StringWriter(), "batch", SCENARIO, "--runs", "10", "--seed", seed, "--replicates",
                range, "--out", out, "--quiet"));
        return out;
    }

    @BeforeAll
    static void batches() {
        assertEquals(0, cli(new StringWriter(), "batch", SCENARIO, "--runs", "10", "--seed", "4", "--out",
                dir.resolve("whole").toString(), "--quiet"));
    }

    @Test
    void mergedSlicesAreTheWholeBatchByteForByte() throws Exception {
        String late = slice("4:9", "4");
        String early = slice("0:3", "4");
        assertEquals(5, Files.readAllLines(Path.of(early, "runs.csv")).size());
        Path merged = dir.resolve("merged");
        StringWriter err = new StringWriter();
        assertEquals(0, cli(err, "merge", late, early, "--out", merged.toString()), err.toString());
        for (String f : new String[] {"runs.csv", "timeseries.csv.gz", "summary.json", "summary.csv",
            "datapackage.json", "scenario.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(f)), Files.readAllBytes(merged.resolve(f)),
                    f);
        }
        String manifest = Files.readString(merged.resolve("manifest.json"));
        assertTrue(manifest.contains("\"kind\" : \"batch\"") && manifest.contains("merged_from"), manifest);
        StringWriter charted = new StringWriter();
        assertEquals(0, cli(charted, "chart", merged.toString()), "a merged folder is a batch folder: " + charted);
        StringWriter again = new StringWriter();
        assertEquals(2, cli(again, "merge", late, early, "--out", merged.toString()));
        assertTrue(again.toString().contains("already holds"), again.toString());
    }

    @Test
    void slicesThatDoNotMakeOneBatchAreRefused() {
        String a = slice("0:5", "5");
        String overlapping = slice("4:9", "5");
        String otherSeed = slice("6:9", "6");
        String[][] cases = {
            {a, overlapping}, {a}, {a, otherSeed}, {a, dir.resolve("whole").toString()}};
        String[] messages = {"overlaps", "replicates 6:9 are in none of the slices", "is a slice of another batch",
            "is not a slice of a batch"};
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            String[] args = new String[cases[i].length + 3];
            args[0] = "merge";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);
            args[args.length - 2] = "--out";
            args[args.length - 1] = dir.resolve("refused" + i).toString();
            assertEquals(2, cli(err, args), err.toString());
            assertTrue(err.toString().contains(messages[i]) && err.toString().contains("Nothing was merged"),
                    err.toString());
            assertFalse(Files.exists(dir.resolve("refused" + i)), "nothing written");
        }
        StringWriter bad = new StringWriter();
        assertEquals(2, cli(bad, "batch", SCENARIO, "--runs", "10", "--replicates", "5:10"));
        assertTrue(bad.toString().contains("0 <= FROM <= TO <= 9"), bad.toString());
    }
}
