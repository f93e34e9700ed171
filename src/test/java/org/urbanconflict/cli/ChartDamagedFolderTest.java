package org.urbanconflict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chart DIR} on damaged folders (issue 13 item 14: 13 of 26 cases gave stack traces, 8 drew silently wrong
 * charts). Every damage must be one line naming what is wrong and exit code 2, with no chart drawn; an intact folder
 * still charts. "Legacy" cases remove the hashes a finished batch records, as in a folder made before them, so the
 * checks behind the hashes are reached too.
 */
class ChartDamagedFolderTest {
    @TempDir
    static Path shared;
    private static Path batch;

    @BeforeAll
    static void aBatch() {
        batch = shared.resolve("batch");
        assertEquals(0, UrbanConflictCli.commandLine().execute("batch", "scenarios/basra-2008.json", "--runs", "4",
                "--seed", "2", "--quiet", "--out", batch.toString()));
    }

    interface Damage {
        void apply(Path folder) throws IOException;
    }

    /** Damages a copy of the batch, charts it, and checks for one clear line, exit 2 and no chart drawn. */
    private static String refused(Path dir, Damage damage, String expected) throws Exception {
        Path copy = dir.resolve("copy");
        copyTree(batch, copy);
        try (var charts = Files.list(copy.resolve("charts"))) {
            for (Path p : charts.toList()) {
                Files.delete(p);
            }
        }
        damage.apply(copy);
        StringWriter out = new StringWriter();
        int code = CliCapture.run(out, "chart", copy.toString());
        String text = out.toString();
        assertEquals(2, code, text);
        assertTrue(text.contains(expected), text);
        assertEquals(1, text.strip().lines().count(), "one line: " + text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace: " + text);
        assertTrue(!Files.exists(copy.resolve("charts")) || Files.list(copy.resolve("charts")).findAny().isEmpty(),
                "no chart drawn from a damaged folder");
        return text;
    }

    @Test
    void anIntactFolderCharts(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy");
        copyTree(batch, copy);
        assertEquals(0, UrbanConflictCli.commandLine().execute("chart", copy.toString()));
    }

    @Test
    void aMissingTimeSeries(@TempDir Path dir) throws Exception {
        String text = refused(dir, f -> Files.delete(f.resolve("timeseries.csv.gz")), "timeseries.csv.gz is missing");
        assertTrue(text.contains("--resume"), "says how to repair: " + text);
    }

    @Test
    void aTruncatedTimeSeries(@TempDir Path dir) throws Exception {
        refused(dir, f -> truncate(f.resolve("timeseries.csv.gz"), 200), "timeseries.csv.gz is not whole gzip");
    }

    @Test
    void aGarbageTimeSeries(@TempDir Path dir) throws Exception {
        refused(dir, f -> Files.writeString(f.resolve("timeseries.csv.gz"), "not gzip at all"),
                "timeseries.csv.gz is not whole gzip");
    }

    @Test
    void aMissingRunsTable(@TempDir Path dir) throws Exception {
        refused(dir, f -> Files.delete(f.resolve("runs.csv")), "runs.csv is missing");
    }

    @Test
    void aMissingRun(@TempDir Path dir) throws Exception {
        refused(dir, f -> editRows(f, rows -> rows.remove(2)), "runs.csv has 3 rows, not 4");
    }

    @Test
    void aRowCutShort(@TempDir Path dir) throws Exception {
        refused(dir, f -> editRows(f, rows -> rows.set(1, rows.get(1).substring(0, rows.get(1).lastIndexOf(',')))),
                "runs.csv line 2 has the wrong number of fields");
    }

    @Test
    void aNaNValueChangesTheHash(@TempDir Path dir) throws Exception {
        refused(dir, f -> editRows(f, rows -> rows.set(1, rows.get(1).replaceFirst(",(\\d+),", ",NaN,"))),
                "runs.csv has changed since the batch finished");
    }

    @Test
    void aNaNValueInALegacyFolder(@TempDir Path dir) throws Exception {
        refused(dir, f -> {
            dropHashes(f);
            editRows(f, rows -> rows.set(2, rows.get(2).replaceAll(",[0-9.]+,", ",NaN,")));
        }, "is not a finite number");
    }

    @Test
    void aRemovedColumnInALegacyFolder(@TempDir Path dir) throws Exception {
        refused(dir, f -> {
            dropHashes(f);
            editRows(f, rows -> rows.replaceAll(row -> row.replaceFirst(",[^,]*,", ",")));
        }, "runs.csv has no column seed");
    }

    @Test
    void aRemovedTimeSeriesColumnInALegacyFolder(@TempDir Path dir) throws Exception {
        refused(dir, f -> {
            dropHashes(f);
            Path series = f.resolve("timeseries.csv.gz");
            String text;
            try (var in = new GZIPInputStream(Files.newInputStream(series))) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String cut = text.lines().map(line -> {
                String[] cells = line.split(",", -1);
                List<String> kept = new ArrayList<>(Arrays.asList(cells));
                kept.remove(cells.length - 1);
                return String.join(",", kept);
            }).collect(Collectors.joining("\n", "", "\n"));
            try (var out = new GZIPOutputStream(Files.newOutputStream(series))) {
                out.write(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }, "timeseries.csv.gz has no metric");
    }

    @Test
    void aMissingManifest(@TempDir Path dir) throws Exception {
        refused(dir, f -> Files.delete(f.resolve("manifest.json")), "has no manifest.json");
    }

    @Test
    void aTruncatedManifest(@TempDir Path dir) throws Exception {
        refused(dir, f -> truncate(f.resolve("manifest.json"), 300), "manifest.json is damaged");
    }

    @Test
    void aGarbageManifest(@TempDir Path dir) throws Exception {
        refused(dir, f -> Files.write(f.resolve("manifest.json"), new byte[] {(byte) 0xff, 0, 1}),
                "manifest.json is damaged");
    }

    @Test
    void anUnfinishedManifest(@TempDir Path dir) throws Exception {
        refused(dir, f -> editManifest(f, m -> m.put("status", "running")), "holds an unfinished batch");
    }

    @Test
    void aMissingScenarioCopy(@TempDir Path dir) throws Exception {
        refused(dir, f -> Files.delete(f.resolve("scenario.json")), "scenario.json is missing");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void truncate(Path file, int keep) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, Math.min(keep, bytes.length / 2)));
    }

    private static void editRows(Path folder, java.util.function.Consumer<List<String>> edit) throws IOException {
        List<String> rows = new ArrayList<>(Files.readAllLines(folder.resolve("runs.csv")));
        edit.accept(rows);
        Files.write(folder.resolve("runs.csv"), rows);
    }

    private static void dropHashes(Path folder) throws IOException {
        editManifest(folder, m -> m.remove("files"));
    }

    private static void editManifest(Path folder, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(folder.resolve("manifest.json").toFile());
        edit.accept(manifest);
        json.writeValue(folder.resolve("manifest.json").toFile(), manifest);
    }
}
