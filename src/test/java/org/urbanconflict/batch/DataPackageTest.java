package org.urbanconflict.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.urbanconflict.basra.BasraExperiment;
import org.urbanconflict.cli.UrbanConflictCli;

/**
 * Every kind of results folder carries a data dictionary that is a well-formed Frictionless Data Package (checked here
 * against the specification's required keys, offline) and describes every column of every CSV file, in order, with a
 * type its values actually have.
 */
class DataPackageTest {
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "datetime");
    private static final String NAME = "^[a-z0-9._-]+$";

    @Test
    void everyResultsFolderDescribesEveryFileAndColumn(@TempDir Path dir) throws Exception {
        BasraExperiment shortRun = new BasraExperiment(BatchTest.shortScenario());
        Batch.run(new Batch.Config(shortRun, null, 4, 1, 2, dir.resolve("batch"), false, true, "t", "t"));
        CompareRun.run(new CompareRun.Config(shortRun, null, shortRun, null, 3, 1, 2, dir.resolve("compare"), false,
                true, "t", "t"));
        assertEquals(0, UrbanConflictCli.commandLine().execute("sweep", "scenarios/basra-2008.json", "--vary",
                "/militia/fighters=5000:6000:2", "--grid", "--runs-per-point", "1", "--out",
                dir.resolve("sweep").toString(), "--quiet"));
        assertEquals(0, UrbanConflictCli.commandLine().execute("run", "scenarios/basra-2008.json", "--hours", "30",
                "--out", dir.resolve("run").toString(), "--quiet"));
        assertEquals(0, UrbanConflictCli.commandLine().execute("batch", "scenarios/epstein/run-1-deception.json",
                "--runs", "2", "--out", dir.resolve("epstein").toString(), "--quiet"));

        for (String folder : List.of("batch", "compare", "compare/a", "sweep", "run", "epstein")) {
            check(dir.resolve(folder));
        }
        JsonNode runs = field(dir.resolve("batch"), "runs", "gov_killed");
        assertEquals("people", runs.path("unit").asText());
        assertTrue(runs.path("description").asText().startsWith("Government personnel killed"), runs.toString());
        assertEquals("flag", field(dir.resolve("batch"), "runs", "target_ceasefire_day").path("unit").asText());
        assertEquals("citizens", field(dir.resolve("epstein"), "timeseries", "active").path("unit").asText());
        assertEquals("/militia/fighters", field(dir.resolve("sweep"), "runs", "militia.fighters").path("description")
                .asText().split(" ")[5]);
        assertTrue(field(dir.resolve("compare"), "compare-table", "difference").path("unit").asText()
                .contains("percentage points"));
    }

    /** The specification's required keys, names, paths and a described, correctly typed field for every column. */
    private static void check(Path folder) throws Exception {
        JsonNode pkg = DataPackage.read(folder);
        assertEquals("tabular-data-package", pkg.path("profile").asText(), folder.toString());
        assertTrue(pkg.path("name").asText().matches(NAME), pkg.path("name").asText());
        assertTrue(pkg.path("resources").size() >= 2, folder.toString());
        Set<String> names = new HashSet<>();
        List<String> listed = new ArrayList<>();
        for (JsonNode r : pkg.path("resources")) {
            String name = r.path("name").asText();
            assertTrue(name.matches(NAME) && names.add(name), folder + ": resource name " + name);
            Path file = folder.resolve(r.path("path").asText());
            assertTrue(Files.isRegularFile(file), file + " is listed and exists");
            assertFalse(r.path("description").asText().isEmpty(), file.toString());
            listed.add(r.path("path").asText());
            if (!r.path("path").asText().contains(".csv")) {
                continue;
            }
            assertEquals("tabular-data-resource", r.path("profile").asText());
            List<String[]> rows = read(file);
            JsonNode fields = r.path("schema").path("fields");
            assertEquals(rows.get(0).length, fields.size(), file + ": a field per column");
            for (int c = 0; c < fields.size(); c++) {
                JsonNode f = fields.get(c);
                String where = file + " column " + f.path("name").asText();
                assertEquals(rows.get(0)[c], f.path("name").asText(), file + ": fields in column order");
                assertTrue(TYPES.contains(f.path("type").asText()), where);
                assertFalse(f.path("description").asText().isBlank(), where + " is described");
                for (String[] row : rows.subList(1, rows.size())) {
                    String v = row[c];
                    switch (f.path("type").asText()) {
                        case "integer" -> assertTrue(v.isEmpty() || v.matches("-?[0-9]+"), where + ": " + v);
                        case "number" -> assertTrue(v.isEmpty() || v.matches("-?[0-9.]+(E-?[0-9]+)?"),
                                where + ": " + v);
                        default -> {
                        }
                    }
                }
            }
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String n = f.getFileName().toString();
                assertTrue(n.equals(DataPackage.FILE) || listed.contains(n), folder + ": " + n + " is not listed");
            }
        }
    }

    private static JsonNode field(Path folder, String resource, String column) throws Exception {
        for (JsonNode r : DataPackage.read(folder).path("resources")) {
            if (r.path("name").asText().equals(resource)) {
                for (JsonNode f : r.path("schema").path("fields")) {
                    if (f.path("name").asText().equals(column)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError(folder + ": no field " + column + " in " + resource);
    }

    private static List<String[]> read(Path csv) throws Exception {
        try (InputStream raw = Files.newInputStream(csv);
                InputStream in = csv.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().limit(400).map(l -> l.split(",", -1)).toList();
        }
    }
}
