package org.urbanconflict.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Checks a finished batch folder before {@code --resume} calls it complete: {@code runs.csv} has one well-formed row
 * per run, {@code timeseries.csv.gz} decompresses as whole gzip, and both files still have the SHA-256 the manifest
 * recorded when the batch finished (folders made before the hashes were recorded get the first two checks). Costs one
 * read of both files and one decompression of the time series.
 */
public final class FolderCheck {
    /** The files whose hashes a finished batch records under the manifest's {@code files}. */
    static final List<String> HASHED = List.of("runs.csv", "timeseries.csv.gz");

    private FolderCheck() {
    }

    /** Records the SHA-256 of the batch's result files in its manifest, for {@link #batchDamage} to check. */
    static void recordHashes(Path dir, ObjectNode manifest) throws IOException {
        ObjectNode files = manifest.putObject("files");
        for (String name : HASHED) {
            files.put(name, sha256(dir.resolve(name)));
        }
    }

    /** Why a folder whose manifest says complete is not, or null when every check passes. */
    public static String batchDamage(Path dir, JsonNode manifest, int runs) throws IOException {
        for (String name : List.of("runs.csv", "timeseries.csv.gz", "scenario.json")) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                return name + " is missing";
            }
        }
        String rows = rowsProblem(dir.resolve("runs.csv"), runs);
        if (rows != null) {
            return rows;
        }
        if (!gzipWhole(dir.resolve("timeseries.csv.gz"))) {
            return "timeseries.csv.gz is not whole gzip";
        }
        JsonNode files = manifest.path("files");
        for (String name : HASHED) {
            if (files.has(name) && !files.path(name).asText().equals(sha256(dir.resolve(name)))) {
                return name + " has changed since the batch finished (its SHA-256 differs from the manifest's)";
            }
        }
        return null;
    }

    /**
     * Why a complete results folder cannot be charted as it is (a file missing, truncated, edited or of the wrong
     * size), or null. Batches get {@link #batchDamage}, each side of a comparison too, sweeps a row count.
     */
    public static String chartDamage(Path dir, JsonNode manifest) throws IOException {
        int runs = manifest.path("runs").asInt();
        switch (manifest.path("kind").asText()) {
            case "batch" -> {
                return batchDamage(dir, manifest, runs);
            }
            case "comparison" -> {
                for (String side : List.of("a", "b")) {
                    JsonNode sideManifest = ResultsFolder.read(dir.resolve(side));
                    String damage = batchDamage(dir.resolve(side), sideManifest, sideManifest.path("runs").asInt());
                    if (damage != null) {
                        return side + "/" + damage;
                    }
                }
                return null;
            }
            case "sweep" -> {
                return Files.isRegularFile(dir.resolve("runs.csv")) ? rowsProblem(dir.resolve("runs.csv"), runs)
                        : "runs.csv is missing";
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Checks that a batch folder's tables have every column its model writes: a removed column would otherwise draw
     * as a chart with a line missing. Throws naming the first missing column. Costs reading two header lines.
     */
    public static void requireColumns(Path dir, List<String> summaryMetrics, List<String> hourlyMetrics)
            throws IOException {
        List<String> runs;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("runs.csv"), StandardCharsets.UTF_8)) {
            runs = List.of(String.valueOf(in.readLine()).split(","));
        }
        List<String> series;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                dir.resolve("timeseries.csv.gz"))), StandardCharsets.UTF_8))) {
            series = List.of(String.valueOf(in.readLine()).split(","));
        }
        List<String> required = new java.util.ArrayList<>(List.of("run", "seed", "outcome"));
        required.addAll(summaryMetrics);
        for (String metric : required) {
            if (!runs.contains(metric)) {
                throw new IOException(dir.resolve("runs.csv") + " has no column " + metric + ", which this model"
                        + " writes; the folder is damaged");
            }
        }
        for (String metric : hourlyMetrics) {
            if (!series.contains(metric)) {
                throw new IOException(dir.resolve("timeseries.csv.gz") + " has no metric " + metric + ", which this"
                        + " model writes; the folder is damaged");
            }
        }
    }

    private static String rowsProblem(Path runsCsv, int runs) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(runsCsv),
                StandardCharsets.UTF_8.newDecoder()))) {
            String header = in.readLine();
            if (header == null) {
                return "runs.csv is empty";
            }
            int fields = header.split(",", -1).length;
            int count = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                count++;
                if (line.split(",", -1).length != fields) {
                    return "runs.csv line " + (count + 1) + " has the wrong number of fields";
                }
            }
            return count == runs ? null : "runs.csv has " + count + " rows, not " + runs;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "runs.csv is not UTF-8 text";
        }
    }

    private static boolean gzipWhole(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
