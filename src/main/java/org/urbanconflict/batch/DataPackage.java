package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.urbanconflict.core.Experiment;

/**
 * The data dictionary of a results folder: a Frictionless Data Package ({@code datapackage.json},
 * https://specs.frictionlessdata.io/data-package/) that names every file of the folder and, for each CSV file, every
 * column in order with its type, unit and description. The columns are read from the files' own headers, so the
 * dictionary cannot disagree with them; their meaning comes from the experiment's declared metrics
 * ({@link ColumnDictionary}). Pandas, R and Frictionless tools read it; the notebooks take their labels and units from
 * it. No date or time goes in, so a folder made twice gives the same file.
 */
public final class DataPackage {
    public static final String FILE = "datapackage.json";

    /** The files a folder may hold, in the order they are listed: file, resource name, what it is. */
    private static final List<String[]> FILES = List.of(
            new String[] {"runs.csv", "runs", "One row per run: its seed, every end-of-run metric, a 0/1 column per "
                    + "validation target and the outcome class"},
            new String[] {"timeseries.csv.gz", "timeseries", "Every run's metrics at every step, in long, tidy form (gzip)"},
            new String[] {"timeseries.csv", "timeseries", "The run's metrics at every step"},
            new String[] {"events.csv", "events", "The run's event log"},
            new String[] {"summary.csv", "summary-table", "Per metric: n, mean, sd, median, quantiles and 95% interval of the mean; "
                    + "per outcome class and target: probability with a Wilson 95% interval"},
            new String[] {"points.csv", "points", "One row per sweep point and metric or outcome, with the statistics of "
                    + "summary.csv"},
            new String[] {"compare.csv", "compare-table", "Paired comparison B - A on the same seeds: per metric in its own unit, "
                    + "per outcome and target in percent and percentage points"},
            new String[] {"summary.json", "summary", "The statistics of summary.csv (or one run's summary), as JSON"},
            new String[] {"compare.json", "compare", "The rows of compare.csv, as JSON"},
            new String[] {"manifest.json", "manifest", "What made the folder: command, version, scenario hash, master seed, every"
                    + " seed, threads, timings"},
            new String[] {"scenario.json", "scenario", "Self-contained copy of the resolved scenario the runs used"},
            new String[] {"scenario-map.json", "scenario-map", "Copy of the scenario's district map"});

    private DataPackage() {
    }

    /** Writes (or rewrites) {@code dir/datapackage.json} for the files the folder holds now. */
    public static void write(Path dir, Experiment experiment) throws IOException {
        String kind = "run";
        if (Files.exists(dir.resolve(ResultsFolder.MANIFEST))) {
            kind = ResultsFolder.read(dir).path("kind").asText("run");
        }
        ColumnDictionary dictionary = new ColumnDictionary(experiment);
        ObjectNode root = ResultsFolder.JSON.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", slug("urbanconflict-" + kind + "-" + experiment.name()));
        root.put("title", experiment.name() + ": " + kind + " results of urbanconflict");
        root.put("description", "Written by urbanconflict. Every column of every CSV file is listed with its type, "
                + "unit (the custom property \"unit\") and description. Empty cells are missing values (a quantity "
                + "that did not happen in a run, e.g. no ceasefire).");
        ArrayNode resources = root.putArray("resources");
        for (String[] file : FILES) {
            Path path = dir.resolve(file[0]);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            ObjectNode r = resources.addObject();
            r.put("name", file[1]);
            r.put("path", file[0]);
            r.put("description", file[2]);
            if (file[0].endsWith(".json")) {
                r.put("format", "json");
                r.put("mediatype", "application/json");
                continue;
            }
            r.put("profile", "tabular-data-resource");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            if (file[0].endsWith(".gz")) {
                r.put("compression", "gz");
            }
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (String column : header(path)) {
                ColumnDictionary.Field f = dictionary.field(file[0], column);
                ObjectNode field = fields.addObject();
                field.put("name", column);
                field.put("type", f == null ? "string" : f.type());
                if (f != null && f.type().equals("datetime")) {
                    field.put("format", "any");
                }
                if (f != null && !f.unit().isEmpty()) {
                    field.put("unit", f.unit());
                }
                field.put("description", f == null ? "" : f.description());
            }
            schema.putArray("missingValues").add("");
        }
        RunFiles.atomically(dir.resolve(FILE), out -> out.write(ResultsFolder.JSON.writeValueAsString(root) + "\n"));
    }

    /** Reads a folder's dictionary back. */
    public static JsonNode read(Path dir) throws IOException {
        return ResultsFolder.JSON.readTree(dir.resolve(FILE).toFile());
    }

    /** The column names of a CSV file (gzip-compressed when its name ends in .gz). */
    static List<String> header(Path csv) throws IOException {
        try (InputStream raw = Files.newInputStream(csv);
                InputStream in = csv.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            return line == null ? List.of() : List.of(line.split(",", -1));
        }
    }

    /** Lower case letters, digits, '-', '.' and '_' only, as the specification requires of names. */
    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
    }
}
